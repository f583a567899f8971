# Vulnerability storage and import (issue 5): the repository (merge rules, hashes, aliases,
# criteria round trip, list rows) and the import orchestration (batches, matching, rollback).
pp_add_test(tst_vulnrepository LIBS pp_models LABELS "unit;storage" POSTGRES)
pp_add_test(tst_vulnimport LIBS pp_models LABELS "unit;storage" POSTGRES)
