#!/usr/bin/python3
"""Validates plan files against docs/plan.schema.json with a real JSON Schema validator.

usage: validate-plan.py SCHEMA FILE...   exit 0 when every file is valid, 1 otherwise;
one line per invalid file on standard output: FILE: the first error.
"""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    errors = sorted(validator.iter_errors(json.load(open(path, encoding="utf-8"))), key=lambda e: list(e.path))
    if errors:
        bad += 1
        print(f"{path}: {'/'.join(map(str, errors[0].path))}: {errors[0].message}")
sys.exit(1 if bad else 0)
