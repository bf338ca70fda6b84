"""xAPI statements: built from the apps' signals, kept in an outbox, sent by the task worker."""
