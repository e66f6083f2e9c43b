#!/usr/bin/env python3
"""Checks that the FHIR bundles mmtrack-cli writes are valid FHIR R4 JSON.

Runs the real mmtrack-cli in a private data folder (its default database is seeded with the
demo patient), writes the demo patient's bundle with and without --deidentify, and
validates both against the official R4 JSON schema (draft-06). Then breaks copies of the
bundle on purpose and checks that the validator rejects each one, so that this test can fail.
Exit status 0 when everything holds, 1 otherwise.
"""
import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

MRN = "TZ-2025-0417"


def export(cli, folder, name, extra):
    env = dict(os.environ)
    env.update({
        "XDG_DATA_HOME": os.path.join(folder, "data"),
        "XDG_CONFIG_HOME": os.path.join(folder, "config"),
        "XDG_RUNTIME_DIR": folder,
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    })
    # Every command signs in; the first run creates the database's administrator.
    env.update({"MMTRACK_USER": "admin", "MMTRACK_PASSWORD": "fhir-test-password"})
    subprocess.run([cli, "account", "init-admin"], env=env, capture_output=True, text=True,
                   timeout=120)
    path = os.path.join(folder, name)
    run = subprocess.run([cli, "export-fhir", MRN, "-o", path] + extra, env=env,
                         capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        sys.exit(f"mmtrack-cli export-fhir {extra} exited {run.returncode}: {run.stderr}")
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def errors(validator, bundle):
    return list(validator.iter_errors(bundle))


def first_observation(bundle):
    for entry in bundle["entry"]:
        if entry["resource"]["resourceType"] == "Observation":
            return entry["resource"]
    raise AssertionError("no Observation in the bundle")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--schema", required=True)
    args = parser.parse_args()

    with open(args.schema, encoding="utf-8") as file:
        schema = json.load(file)
    jsonschema.Draft6Validator.check_schema(schema)
    validator = jsonschema.Draft6Validator(schema)
    failures = []

    with tempfile.TemporaryDirectory() as folder:
        identified = export(args.cli, folder, "bundle.json", [])
        deidentified = export(args.cli, folder, "deidentified.json", ["--deidentify"])
        with open(os.path.join(folder, "deidentified.json"), encoding="utf-8") as file:
            text = file.read()

    for name, bundle in (("identified", identified), ("de-identified", deidentified)):
        found = errors(validator, bundle)
        if found:
            best = jsonschema.exceptions.best_match(found)
            where = "/".join(str(part) for part in best.absolute_path)
            failures.append(f"the {name} bundle is not valid FHIR R4 at /{where}: "
                            + best.message[:300])
        types = {entry["resource"]["resourceType"] for entry in bundle["entry"]}
        if not {"Patient", "Condition", "Observation", "Procedure"} <= types:
            failures.append(f"the {name} bundle lacks resource types: {sorted(types)}")
    for secret in ("张某某", MRN, "1989-03"):
        if secret in text:
            failures.append(f"the de-identified bundle contains {secret}")

    # Broken bundles that the schema must reject: a few entries of the real bundle (the whole
    # one takes seconds per check), first unbroken as a control, then each with one fault.
    small = copy.deepcopy(identified)
    kept = [e for e in small["entry"] if e["resource"]["resourceType"] == "Patient"]
    kept += [e for e in small["entry"] if e["resource"]["resourceType"] == "Observation"][:3]
    small["entry"] = kept
    if errors(validator, small):
        failures.append("the shortened bundle (the control) is not valid")

    def broken_copy(change):
        bundle = copy.deepcopy(small)
        change(bundle)
        return bundle

    def pop(resource, key):
        resource.pop(key)

    broken = {
        "an Observation with status 'done'":
            broken_copy(lambda b: first_observation(b).update(status="done")),
        "an Observation without code": broken_copy(lambda b: pop(first_observation(b), "code")),
        "a bundle of type 'bag'": broken_copy(lambda b: b.update(type="bag")),
        "a Patient with birthDate 'March 1989'":
            broken_copy(lambda b: b["entry"][0]["resource"].update(birthDate="March 1989")),
        "an unknown resource type":
            broken_copy(lambda b: b["entry"][0]["resource"].update(resourceType="Patientx")),
        "a valueQuantity value given as text":
            broken_copy(lambda b: first_observation(b)["valueQuantity"].update(value="83")),
    }
    for what, bundle in broken.items():
        if not errors(validator, bundle):
            failures.append(f"the schema accepted {what}")

    for failure in failures:
        print("FAIL:", failure)
    checks = 2 + 2 + 1 + 1 + len(broken)
    print(f"{checks - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
