#!/usr/bin/env python3
"""Cross-checks the Open TRM JSON Schemas with a validator outside the JavaScript world.

Validates every example in <repo>/examples, every fixture and every bundle document of the conformance manifest against
<repo>/schemas/v1/<kebab>.schema.json with python-jsonschema's Draft202012Validator, and prints one JSON
summary on stdout. `format` is left as an annotation (the 2020-12 default; python-jsonschema 4.10 cannot
assert date-time or duration anyway), so the verdicts are those of the structural keywords and patterns. The
semantic rules are out of its reach: a fixture is compared with the manifest's `schemaValid`, not `valid`.

Usage: python3 python-check.py --repo <repo root> --package <packages/conformance>
"""
import argparse
import json
import sys
from importlib import metadata
from pathlib import Path

import jsonschema

KEBAB = {
    "victimProfile": "victim-profile",
    "referral": "referral",
    "consent": "consent",
    "bestInterestsAssessment": "best-interests-assessment",
    "focalPoint": "focal-point",
    "focalPointDirectory": "focal-point-directory",
}


def escape(token):
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(path):
    return "".join("/" + escape(p) for p in path)


def fault_pointers(error):
    """The pointer of the fault, by the manifest's convention (one error can name several properties)."""
    base = pointer(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        return [base + "/" + escape(p) for p in error.validator_value if p not in error.instance]
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        return [base + "/" + escape(p) for p in error.instance if p not in known]
    if "propertyNames" in error.relative_schema_path:
        return [base + "/" + escape(error.instance)]
    return [base]


def check(validators, doc, document_type):
    validator = validators.get(document_type)
    if validator is None:
        return {"valid": False, "errors": [{"pointer": "/documentType", "keyword": "unknownDocumentType"}]}
    errors = []
    for error in validator.iter_errors(doc):
        keyword = "propertyNames" if "propertyNames" in error.relative_schema_path else error.validator
        errors.extend({"pointer": p, "keyword": keyword} for p in fault_pointers(error))
    return {"valid": not errors, "errors": errors}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", required=True)
    parser.add_argument("--package", required=True)
    args = parser.parse_args()
    repo, package = Path(args.repo), Path(args.package)

    validators = {}
    for name, kebab in KEBAB.items():
        schema = json.loads((repo / "schemas" / "v1" / f"{kebab}.schema.json").read_text("utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validators[name] = jsonschema.Draft202012Validator(schema)

    examples = []
    examples_dir = repo / "examples"
    for file in sorted(examples_dir.rglob("*.json")) if examples_dir.is_dir() else []:
        doc = json.loads(file.read_text("utf-8"))
        document_type = doc.get("documentType") if isinstance(doc, dict) else None
        result = check(validators, doc, document_type)
        examples.append({"path": file.relative_to(repo).as_posix(), "documentType": document_type, **result})

    manifest = json.loads((package / "manifest.json").read_text("utf-8"))
    fixtures = []
    for entry in manifest["fixtures"]:
        doc = json.loads((package / entry["path"]).read_text("utf-8"))
        fixtures.append({"path": entry["path"], **check(validators, doc, entry["documentType"])})

    bundles = []
    for bundle in manifest.get("bundles", []):
        for path in bundle["files"]:
            doc = json.loads((package / path).read_text("utf-8"))
            document_type = doc.get("documentType") if isinstance(doc, dict) else None
            bundles.append({"path": path, "documentType": document_type, **check(validators, doc, document_type)})

    summary = {
        "python": sys.version.split()[0],
        "jsonschema": metadata.version("jsonschema"),
        "validator": "Draft202012Validator",
        "formatAssertion": False,
        "schemas": len(validators),
        "examples": examples,
        "fixtures": fixtures,
        "bundles": bundles,
    }
    json.dump(summary, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
