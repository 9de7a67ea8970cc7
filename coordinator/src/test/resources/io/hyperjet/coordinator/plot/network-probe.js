// A page that breaks the rule: it asks for an image over the network, which its Content-Security-Policy blocks.
(function () {
  var img = new Image();
  img.src = 'http://127.0.0.1:9/probe.png';
  document.body.appendChild(img);
  HJ.finish();
})();
