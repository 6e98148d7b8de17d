#!/usr/bin/env bash
# Remakes README's pictures (docs/images/*.png) from the demo in Debian's Chromium
# (apt-get install -y chromium chromium-driver fonts-noto-cjk). Run from anywhere after a UI change:
#   bash docs/images/make-pictures.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile failsafe:integration-test failsafe:verify \
	-Dit.test=ReadmePictures -Dfailsafe.failIfNoSpecifiedTests=false -DskipTests=false
ls -l docs/images/*.png
