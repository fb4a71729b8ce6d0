#!/bin/sh
# Builds add() three ways (hand-written, rswig, swig) and times them in one
# process. Usage: run.sh [path to rswig] [rounds]. Needs gcc, python3-dev, swig.
set -e
here=$(cd "$(dirname "$0")" && pwd)
rswig=${1:-$here/../../../target/release/rswig}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$here"/add.c "$here"/addmod.i "$here"/handadd.c "$here"/measure.py .
inc=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['include'])")
ext=$(python3 -c "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))")
cflags="-O2 -fPIC -shared -I$inc"
"$rswig" -python -module rsadd -o rsadd_wrap.c addmod.i
swig -python -module swadd -o swadd_wrap.c addmod.i
gcc $cflags rsadd_wrap.c add.c -o _rsadd$ext
gcc $cflags swadd_wrap.c add.c -o _swadd$ext
gcc $cflags handadd.c add.c -o handadd$ext
python3 measure.py ${2:-15}
