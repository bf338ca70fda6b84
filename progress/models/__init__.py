"""No models: the progress app only carries the migration path (see progress.apps). The modules
beside this file keep the callables its landed migrations refer to at their old import paths."""
