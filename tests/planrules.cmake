# The pure rules of patch plans (issue 7, items 2, 3, 5 and 6): lead times, step timing, pairs,
# status flow and approval; the step templates; the conflicts of DESIGN.md section 3.
pp_add_test(tst_planrules LIBS pp_models LABELS "unit;planning")
pp_add_test(tst_steptemplates LIBS pp_models LABELS "unit;planning")
pp_add_test(tst_conflicts LIBS pp_models LABELS "unit;planning")
