# -h, --help, -? print CPython's help on stdout; unknown options and a
# missing argument give the usage on stderr and status 2
$PY -h; echo "status $?"
$PY --help | tail -n 3
$PY '-?' | head -n 2
$PY -z; echo "status $?"
$PY --foo; echo "status $?"
$PY -c; echo "status $?"
$PY -W; echo "status $?"
