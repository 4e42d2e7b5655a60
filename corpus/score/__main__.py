import sys

from . import main

print(main(sys.argv[1:]))
