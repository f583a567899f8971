# Issue 7 screens (plansui): the Plans page (list, filters, steps edited and undone, approval
# dialog rules, the whole status flow with check-off and completion, provisional approval,
# conflicts), and the item models of its list and steps.
pp_add_test(tst_plansui LIBS pp_ui LABELS "ui" POSTGRES)
pp_add_test(tst_plantablemodels LIBS pp_models LABELS "unit;models")
