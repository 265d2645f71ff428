"""The live project: the controller (the only mutator of the project and the only place
that converts code points <-> UTF-16), one session per open release, the undo commands."""
