# Installs the Debian packages the build and the tests need, when missing.
# Sourced by scripts/serve.sh and scripts/test.sh.
SYSTEM_PACKAGES=(libsqlite3-dev zlib1g-dev libzstd-dev libpq-dev python3-venv gzip curl influxdb-client tzdata)

ensure_system_packages() {
    local missing=()
    for package in "${SYSTEM_PACKAGES[@]}"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then return 0; fi
    echo "installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
}
