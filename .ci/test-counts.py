"""Prints how many tests ran and were skipped per database, from the Surefire reports.

A test belongs to a database when its class name ends in H2Test, PostgresTest or MariaDbTest, or
when its parameterized name mentions H2, POSTGRES or MARIADB, or when it was skipped for want of
a server and the reason names the database's variable. In CI a skipped test is a test that
did not run, so any skip fails the run.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

DATABASES = {"H2": ("H2Test", "H2"), "PostgreSQL": ("PostgresTest", "POSTGRES"), "MariaDB": ("MariaDbTest", "MARIADB")}


def skip_reason(element):
    """The skip's message; a test aborted before it started (OnDatabase) has only the stack trace."""
    message = element.get("message") or (element.text or "").strip().split("\n")[0]
    return message.removeprefix("org.opentest4j.TestAbortedException: ")


counts = {name: [0, 0] for name in list(DATABASES) + ["no database"]}
skipped, failed = [], []
for report in glob.glob("**/target/surefire-reports/TEST-*.xml", recursive=True):
    for case in ET.parse(report).getroot().iter("testcase"):
        classname, name = case.get("classname", ""), case.get("name", "")
        database = "no database"
        for label, (suffix, marker) in DATABASES.items():
            if classname.endswith(suffix) or marker in name.upper().replace("[", " ").replace("]", " ").split():
                database = label
        reason = skip_reason(case.find("skipped")) if case.find("skipped") is not None else None
        if reason and database == "no database":
            # a parameterized test's name may not say its database; the reason names its variable
            for label, variable in (("PostgreSQL", "MIGRATE_TEST_POSTGRES_"), ("MariaDB", "MIGRATE_TEST_MARIADB_")):
                if variable in reason:
                    database = label
        counts[database][0] += 1
        if reason is not None:
            counts[database][1] += 1
            skipped.append(f"{classname}.{name}: {reason}")
        if case.find("failure") is not None or case.find("error") is not None:
            failed.append(f"{classname}.{name}")

print("Tests per database (run / skipped):")
for label, (run, skip) in counts.items():
    print(f"  {label:12} {run:5} run, {skip:3} skipped")
total = sum(c[0] for c in counts.values())
total_skipped = sum(c[1] for c in counts.values())
print(f"{total - len(failed) - total_skipped} passed, {len(failed)} failed, {total_skipped} skipped")
for line in skipped:
    print("  skipped: " + line)
if total == 0:
    print("No test reports found", file=sys.stderr)
    sys.exit(1)
if total_skipped and os.environ.get("CI"):
    print("In CI no test may be skipped: every database must be reachable", file=sys.stderr)
    sys.exit(1)
