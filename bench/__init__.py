"""Benchmarks: `make bench` runs every module listed in BENCHMARKS and prints its figures.

Also a small Django app, installed under the development and test settings only, that brings
the scale seeding command (``manage.py seed_scale``) the benchmarks use."""
