#!/usr/bin/env bash
# Lints every service's .proto files and compares them with the released contracts
# (build/contracts/released.binpb): a field removed, renumbered, renamed or retyped fails.
# After a release that changed contracts compatibly, `build/check-contracts.sh --release` records them.
set -euo pipefail
cd "$(dirname "$0")/.."
contracts=build/contracts
buf_version=1.75.0

tools="$contracts/.tools"
buf="$tools/node_modules/.bin/buf"
if [[ ! -x "$buf" || "$("$buf" --version)" != "$buf_version" ]]; then
  npm install --silent --prefix "$tools" --no-save --no-package-lock "@bufbuild/buf@$buf_version" >/dev/null
fi

# The google.api annotations, from the package the services build with (restored into the NuGet cache).
dotnet restore --verbosity quiet src/ServiceKit/ServiceKit.csproj >/dev/null
common_protos_version=$(sed -n 's/.*"Google.Api.CommonProtos" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
nuget_packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: *//')
google_api="$nuget_packages/google.api.commonprotos/$common_protos_version/content/protos/google/api"
mkdir -p "$contracts/third_party/google/api"
cp "$google_api/annotations.proto" "$google_api/http.proto" "$contracts/third_party/google/api/"

"$buf" lint
current=$(mktemp --suffix .binpb)
trap 'rm -f "$current"' EXIT
"$buf" build --exclude-source-info -o "$current"
if [[ "${1:-}" == "--release" ]]; then
  install -m 644 "$current" "$contracts/released.binpb"
  echo "contracts: recorded as released"
else
  "$buf" breaking "$current" --against "$contracts/released.binpb"
  echo "contracts: lint clean, no breaking change against the released contracts"
fi
