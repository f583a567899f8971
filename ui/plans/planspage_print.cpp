// Printing and PDF export of the selected plan (the Plans page's "Print or export…").
#include "ui/plans/planspage.h"

#include "models/io/plandocument.h"
#include "models/workspace.h"
#include "ui/plans/planprintdialog.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/printing.h"


namespace pp {

void PlansPage::printPlan()
{
    const qint64 id = selectedPlanId();
    if (id == 0)
        return;
    // Read on this thread (the database lives here); the document is built from the copy.
    auto data = m_workspace->planDocumentData(id);
    if (!data) {
        reportError(data.error().message);
        return;
    }
    PlanPrintDialog dialog(data->plan, this);
    if (!(m_runDialog ? m_runDialog(dialog) : dialog.exec() == QDialog::Accepted))
        return;
    const PlanDocumentOptions options = dialog.options();
    const PageSetup setup = dialog.pageSetup();
    DocumentBuilder build = [data = *data, options, setup]() {
        return PlanDocument::build(data, options, setup);
    };
    const QString title = tr("Plan %1: %2").arg(data->plan.id).arg(data->plan.title);
    if (dialog.action() == PlanPrintDialog::Action::Preview) {
        printPreview(this, title, setup, build);
        return;
    }
    const auto done = [this](const PrintOutcome &outcome) { showOutcome(m_messages, outcome); };
    const QString suggested = PlanDocument::fileName(data->plan);
    if (m_choosePath) {
        const QString path = m_choosePath(suggested);
        if (!path.isEmpty())
            exportPdfTo(this, path, setup, build, done);
        return;
    }
    exportPdf(this, tr("Export plan as PDF"), suggested, setup, build, done);
}

} // namespace pp
