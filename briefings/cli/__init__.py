"""The ``briefings`` command: one module per group of commands, a thin shell over
:mod:`briefings.api`. :mod:`briefings.cli.app` owns exit codes and error printing."""
