// Runs before anything else: every script error, console.error and Content-Security-Policy violation lands in
// #hyperjet-errors, where a reader and the browser test see it.
(function () {
  var box = document.getElementById('hyperjet-errors');
  window.HJ_ERRORS = [];
  function record(text) { window.HJ_ERRORS.push(String(text)); box.textContent = window.HJ_ERRORS.join('\n'); }
  window.addEventListener('error', function (e) { record('error: ' + e.message + ' at ' + e.filename + ':' + e.lineno); });
  window.addEventListener('unhandledrejection', function (e) { record('unhandled rejection: ' + e.reason); });
  document.addEventListener('securitypolicyviolation', function (e) {
    record('csp violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI);
  });
  var consoleError = console.error;
  console.error = function () { record('console.error: ' + Array.prototype.join.call(arguments, ' ')); consoleError.apply(console, arguments); };
})();
