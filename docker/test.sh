#!/usr/bin/env bash
# Builds the Hyperjet image with podman and checks it for real, in containers without network: --help and
# resources with a mounted user_data, /dev/shm sized by --shm-size and writable by the non-root user, then
# `hyperjet demo`, `hyperjet hyperopt -c` and docker/compose.yaml's hyperopt over mounted user_data directories,
# each leaving a .fthypt with every epoch on the host. No public registry is needed: the base images are made locally (debootstrap
# bookworm minbase, then openjdk-17-jdk-headless, then maven) and cached under fixed tags in podman's storage, so
# only the first run pays for them. Non-interactive; any failure exits non-zero with the reason.
#
#   docker/test.sh                 build (reusing cached base images and layers) and run every check
#   docker/test.sh --rebuild-base  make the local base images again first (cold build)
#   docker/test.sh --base-only     only make sure the local base images exist
#
# Environment: HYPERJET_TEST_IMAGE (default localhost/hyperjet:test), DEBIAN_MIRROR (default deb.debian.org).
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

readonly BASE_TAG=localhost/hyperjet-base:bookworm
readonly JDK_TAG=localhost/hyperjet-jdk:17-bookworm
readonly MAVEN_TAG=localhost/hyperjet-maven:17-bookworm
readonly IMAGE=${HYPERJET_TEST_IMAGE:-localhost/hyperjet:test}
readonly MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
readonly SHM_SIZE=512m
readonly CONTAINER_UID=1000
readonly ULIMITS=(--ulimit nofile=1024:1024 --ulimit nproc=1024:1024)
# crun fails on these machines; runc works.
readonly PODMAN=(podman --runtime runc)
# Heavy steps yield to everything else on a shared machine.
readonly NICE=(nice -n 19 ionice -c3)

rebuild_base=0
base_only=0
for arg in "$@"; do
  case "$arg" in
    --rebuild-base) rebuild_base=1 ;;
    --base-only) base_only=1 ;;
    *) echo "docker/test.sh: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done

script_start=$(date +%s.%N)
work=""
containers=()

log() { echo "[docker/test.sh] $*"; }
fail() { echo "[docker/test.sh] FAILED: $*" >&2; exit 1; }
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

cleanup() {
  local rc=$?
  local name
  for name in "${containers[@]}"; do
    "${PODMAN[@]}" rm --force --ignore "$name" >/dev/null 2>&1 || true
  done
  "${PODMAN[@]}" network rm --force "hyperjet-test-$$_default" >/dev/null 2>&1 || true
  if [ -n "$work" ] && [ -d "$work" ]; then
    rm -rf "$work"
  fi
  if [ "$rc" -eq 0 ]; then
    log "PASSED in $(elapsed "$script_start") s"
  else
    echo "[docker/test.sh] FAILED (exit $rc) after $(elapsed "$script_start") s" >&2
  fi
}
trap cleanup EXIT

timed() {
  local what=$1
  shift
  local start
  start=$(date +%s.%N)
  log "$what ..."
  "$@" || fail "$what (exit $?)"
  log "$what: $(elapsed "$start") s"
}

require_tools() {
  local tool
  for tool in podman runc debootstrap podman-compose; do
    command -v "$tool" >/dev/null 2>&1 \
      || fail "'$tool' is not installed (apt-get install podman buildah runc debootstrap podman-compose)"
  done
}

image_exists() { "${PODMAN[@]}" image exists "$1"; }

make_debootstrap_image() {
  local root
  root=$(mktemp -d /var/tmp/hyperjet-debootstrap.XXXXXX)
  if ! "${NICE[@]}" debootstrap --variant=minbase bookworm "$root" "$MIRROR" >"$root.log" 2>&1; then
    tail -n 30 "$root.log" >&2
    rm -rf "$root" "$root.log"
    return 1
  fi
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  tar -C "$root" -c . | "${NICE[@]}" "${PODMAN[@]}" import --quiet - "$BASE_TAG" >/dev/null
  local rc=$?
  rm -rf "$root" "$root.log"
  return "$rc"
}

add_packages() {
  local from=$1 tag=$2 packages=$3
  local context rc=0
  context=$(mktemp -d /var/tmp/hyperjet-base-context.XXXXXX)
  mkdir "$context/extra-ca"
  find /usr/local/share/ca-certificates -maxdepth 1 -name '*.crt' -exec cp {} "$context/extra-ca/" \; 2>/dev/null || true
  "${NICE[@]}" "${PODMAN[@]}" build --quiet --network=host "${ULIMITS[@]}" --force-rm \
    --build-arg FROM_IMAGE="$from" --build-arg PACKAGES="$packages" \
    -t "$tag" -f docker/local/Containerfile "$context" >/dev/null || rc=$?
  rm -rf "$context"
  return "$rc"
}

ensure_base_images() {
  if [ "$rebuild_base" -eq 1 ]; then
    # Images built on the bases (the test image, cached build-stage layers) go first, or the bases cannot.
    "${PODMAN[@]}" rmi --force "$IMAGE" "$IMAGE-build" >/dev/null 2>&1 || true
    "${PODMAN[@]}" image prune --force >/dev/null
    "${PODMAN[@]}" rmi --force "$MAVEN_TAG" "$JDK_TAG" "$BASE_TAG" >/dev/null 2>&1 || true
    ! image_exists "$BASE_TAG" || fail "cannot remove $BASE_TAG for a cold build (other images use it)"
  fi
  if image_exists "$BASE_TAG"; then
    log "reusing cached $BASE_TAG"
  else
    timed "debootstrap bookworm minbase into $BASE_TAG" make_debootstrap_image
  fi
  if image_exists "$JDK_TAG"; then
    log "reusing cached $JDK_TAG"
  else
    timed "installing openjdk-17-jdk-headless into $JDK_TAG" add_packages "$BASE_TAG" "$JDK_TAG" openjdk-17-jdk-headless
  fi
  if image_exists "$MAVEN_TAG"; then
    log "reusing cached $MAVEN_TAG"
  else
    timed "installing maven into $MAVEN_TAG" add_packages "$JDK_TAG" "$MAVEN_TAG" maven
  fi
}

image_id() { "${PODMAN[@]}" image inspect --format '{{.Id}}' "$1" 2>/dev/null || true; }

build_image() {
  local previous previous_stage
  previous=$(image_id "$IMAGE")
  previous_stage=$(image_id "$IMAGE-build")
  local build=("${NICE[@]}" "${PODMAN[@]}" build --network=host "${ULIMITS[@]}" --force-rm
    --build-arg BASE_IMAGE="$JDK_TAG" --build-arg BUILD_IMAGE="$MAVEN_TAG" -f docker/Dockerfile)
  "${build[@]}" -t "$IMAGE" . || return 1
  # Tagging the build stage (all layers cached, so this takes a second) keeps its dependency layer for the next
  # run, and lets the stage an earlier run left be removed, so repeated CI runs do not pile up images.
  "${build[@]}" --quiet --target build -t "$IMAGE-build" . >/dev/null || return 1
  local id
  for id in "$previous" "$previous_stage"; do
    if [ -n "$id" ] && [ "$id" != "$(image_id "$IMAGE")" ] && [ "$id" != "$(image_id "$IMAGE-build")" ]; then
      "${PODMAN[@]}" rmi "$id" >/dev/null 2>&1 || true
    fi
  done
}

# Makes an empty user_data directory on the host that the container's non-root user can write.
new_user_data() {
  local dir="$work/$1/user_data"
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R "$CONTAINER_UID:$CONTAINER_UID" "$work/$1"
  else
    "${PODMAN[@]}" unshare chown -R "$CONTAINER_UID:$CONTAINER_UID" "$work/$1"
  fi
  echo "$dir"
}

# Runs the image with a host user_data mounted at /hyperjet/user_data; output goes to "$work/<name>.out".
run_in_container() {
  local name=$1 user_data=$2
  shift 2
  local container="hyperjet-test-$$-$name"
  containers+=("$container")
  local start
  start=$(date +%s.%N)
  log "container $name: hyperjet $*"
  if ! "${PODMAN[@]}" run --rm --name "$container" "${ULIMITS[@]}" --network=none --shm-size="$SHM_SIZE" \
      -v "$user_data:/hyperjet/user_data" "$IMAGE" "$@" >"$work/$name.out" 2>&1; then
    tail -n 40 "$work/$name.out" >&2
    fail "container $name: hyperjet $* exited non-zero"
  fi
  log "container $name: $(elapsed "$start") s"
}

expect_output() {
  local name=$1 pattern=$2
  grep -q -- "$pattern" "$work/$name.out" || { tail -n 40 "$work/$name.out" >&2; fail "container $name: output lacks '$pattern'"; }
}

# The run's results file on the host, one line per epoch.
expect_fthypt() {
  local name=$1 user_data=$2 epochs=$3
  local found
  found=$(find "$user_data/hyperopt_results" -name '*.fthypt' -size +0 2>/dev/null | head -1)
  [ -n "$found" ] || { tail -n 40 "$work/$name.out" >&2; fail "$name left no .fthypt under $user_data/hyperopt_results"; }
  local lines
  lines=$(wc -l <"$found")
  [ "$lines" -eq "$epochs" ] || fail "$name: ${found#"$work/"} has $lines epochs, expected $epochs"
  log "$name left ${found#"$work/"} on the host ($lines epochs)"
}

has_command() { grep -Eq "^ +$1( |$)" "$work/help.out"; }

require_tools
ensure_base_images
if [ "$base_only" -eq 1 ]; then
  exit 0
fi
work=$(mktemp -d /var/tmp/hyperjet-docker-test.XXXXXX)

timed "building $IMAGE" build_image
log "image size: $("${PODMAN[@]}" image inspect --format '{{.Size}}' "$IMAGE" | awk '{ printf "%.0f MB", $1 / 1e6 }')"

plain=$(new_user_data plain)
run_in_container help "$plain" --help
expect_output help "Usage: hyperjet"
run_in_container resources "$plain" resources
containers+=("hyperjet-test-$$-shm")
"${PODMAN[@]}" run --rm --name "hyperjet-test-$$-shm" "${ULIMITS[@]}" --shm-size="$SHM_SIZE" --entrypoint sh "$IMAGE" \
  -c 'df -k /dev/shm | tail -1; touch /dev/shm/probe && rm /dev/shm/probe; id -u' >"$work/shm.out" 2>&1 \
  || { cat "$work/shm.out" >&2; fail "/dev/shm is not writable by the container user"; }
awk 'NR == 1 { if ($2 != 524288) exit 1 } NR == 2 { if ($1 == 0) exit 1 }' "$work/shm.out" \
  || { cat "$work/shm.out" >&2; fail "expected a 512 MiB /dev/shm and a non-root user"; }
log "/dev/shm is $SHM_SIZE and writable; the container runs as uid $(sed -n 2p "$work/shm.out")"

if ! has_command demo || ! has_command hyperopt; then
  fail "this build has no 'demo'/'hyperopt' command yet, so the end-to-end checks cannot run"
fi

demo=$(new_user_data demo)
run_in_container demo "$demo" demo
expect_output demo "in shared memory /dev/shm/"
expect_fthypt demo "$demo" 500

opt=$(new_user_data hyperopt)
cp docker/test-config.json "$opt/config.json"
chown "$(stat -c %u:%g "$opt")" "$opt/config.json" 2>/dev/null || true
run_in_container generate-data "$opt" generate-data --datadir user_data/data/binance --pairs 3 --days 60 --timeframe 5m --seed 7
run_in_container hyperopt "$opt" hyperopt -c user_data/config.json --strategy SampleStrategy -e 60 \
  --spaces buy sell roi stoploss --random-state 7 -j 2
expect_fthypt hyperopt "$opt" 60

# docker/compose.yaml's own command (a hyperopt of SampleStrategy) over the same data. podman-compose reads the
# runtime and ulimits from a containers.conf, and its exit status is always 0: the "exit code" line tells.
compose_data=$(new_user_data compose)
cp -r "$opt/config.json" "$opt/data" "$compose_data/"
chown -R "$(stat -c %u:%g "$compose_data")" "$compose_data"
printf '[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n[engine]\nruntime = "runc"\n' \
  >"$work/containers.conf"
compose_project="hyperjet-test-$$"
compose() {
  CONTAINERS_CONF="$work/containers.conf" HYPERJET_IMAGE="$IMAGE" HYPERJET_USER_DATA="$compose_data" \
    podman-compose -p "$compose_project" -f docker/compose.yaml "$@"
}
compose_down() {
  compose down >/dev/null 2>&1 || true
  "${PODMAN[@]}" network rm --force "${compose_project}_default" >/dev/null 2>&1 || true
}
containers+=("${compose_project}_hyperjet_1")
compose_start=$(date +%s.%N)
log "compose: docker/compose.yaml's hyperopt"
compose up >"$work/compose.out" 2>&1 || true
compose_down
grep '^exit code:' "$work/compose.out" | tail -1 | grep -q '^exit code: 0$' \
  || { tail -n 40 "$work/compose.out" >&2; fail "compose: the hyperjet service exited non-zero"; }
log "compose: $(elapsed "$compose_start") s"
expect_fthypt compose "$compose_data" 500
