"""The command's exit codes, in a module of their own so that the entry point can use them
without loading the CLI.

0 success; 1 the user's input needs fixing (messages say where); 2 wrong usage (an unknown
option or value, a missing file named with ``--config``, conflicting flags); 3 an internal
error (a bug in briefings: the traceback is shown); 130 interrupted by Ctrl-C (the process ends
by SIGINT, which a shell reports as 130: see :mod:`briefings.cli.entry`); 143 stopped by SIGTERM.
"""

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
