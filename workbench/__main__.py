"""``python -m workbench``: the same as the ``workbench`` command."""

from workbench.launch import main

main()
