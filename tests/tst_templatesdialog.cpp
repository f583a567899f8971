// Tools > Step templates: the team's edits are saved (audited setting) and new plans start with
// them; templates the parser would refuse cannot be saved, with the parser's message; defaults
// come back on request.
#include "testsupport.h"

#include "models/plans/planservice.h"
#include "models/storage/systemrepository.h"
#include "models/workspace.h"
#include "ui/plans/templatesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QtTest>

using namespace pp;

class tst_TemplatesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editedTitleReachesNewPlans();
    void invalidTemplatesAreRefused();
    void restoreDefaults();

private:
    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
};

void tst_TemplatesDialog::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    auto db = test::openTemp(*m_dir);
    QVERIFY(db);
    m_ws->setDatabase(std::move(db));
}

void tst_TemplatesDialog::cleanup()
{
    delete m_ws;
    delete m_dir;
}

void tst_TemplatesDialog::editedTitleReachesNewPlans()
{
    StepTemplatesDialog dialog(m_ws);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), int(defaultTemplates().size()));
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Save)->isEnabled());
    table->item(0, StepTemplatesDialog::TitleEnColumn)
        ->setText(QStringLiteral("Confirm scope, impact and the change ticket"));
    table->item(0, StepTemplatesDialog::TitleJaColumn)
        ->setText(QStringLiteral("作業範囲・影響と変更チケットの確認"));
    table->selectRow(0);
    dialog.detailEn()->setPlainText(QStringLiteral("Ticket number in the notice."));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    auto stored = m_ws->stepTemplates();
    PP_VERIFY_OK(stored);
    QCOMPARE(stored->first().titleEn, QStringLiteral("Confirm scope, impact and the change ticket"));
    QCOMPARE(stored->first().detailEn, QStringLiteral("Ticket number in the notice."));

    // A new plan takes the edited step, in English and in Japanese.
    System s;
    s.code = QStringLiteral("ERP-01");
    s.name = QStringLiteral("ERP");
    auto sys = SystemRepository(*m_ws->database()).insert(s);
    PP_VERIFY_OK(sys);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        NewPlanRequest r;
        r.windowStart = QDateTime(QDate(2027, 1, 10), QTime(1, 0), QTimeZone::utc());
        r.systemIds = {sys->id};
        r.language = language;
        r.timeZone = QStringLiteral("Asia/Tokyo");
        const qint64 id = m_ws->createPlan(r);
        QVERIFY(id > 0);
        bool found = false;
        for (const PlanStep &step : *m_ws->planSteps(id)) {
            if (step.title == (language == QLatin1String("ja")
                                   ? QStringLiteral("作業範囲・影響と変更チケットの確認")
                                   : QStringLiteral("Confirm scope, impact and the change ticket")))
                found = true;
        }
        QVERIFY2(found, qPrintable(language));
    }
}

void tst_TemplatesDialog::invalidTemplatesAreRefused()
{
    StepTemplatesDialog dialog(m_ws);
    QTableWidget *table = dialog.table();
    dialog.addRow();
    const int row = table->rowCount() - 1;
    // A new step without titles cannot be saved.
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Save)->isEnabled());
    table->item(row, StepTemplatesDialog::TitleEnColumn)->setText(QStringLiteral("Tell the SOC"));
    table->item(row, StepTemplatesDialog::TitleJaColumn)->setText(QStringLiteral("SOC に連絡"));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    // An unknown kind, a duplicate key, a pair that does not exist: each refused, named.
    table->item(row, StepTemplatesDialog::KindsColumn)->setText(QStringLiteral("mainframe"));
    QVERIFY(dialog.problem().contains(QStringLiteral("component kinds")));
    table->item(row, StepTemplatesDialog::KindsColumn)->setText(QString());
    table->item(row, StepTemplatesDialog::KeyColumn)
        ->setText(table->item(0, StepTemplatesDialog::KeyColumn)->text());
    QVERIFY(!dialog.problem().isEmpty());
    table->item(row, StepTemplatesDialog::KeyColumn)->setText(QStringLiteral("custom.soc"));
    table->item(row, StepTemplatesDialog::PairColumn)->setText(QStringLiteral("no.such.key"));
    QVERIFY(!dialog.problem().isEmpty());
    dialog.accept(); // refused: stays open, shows why, stores nothing
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
    QCOMPARE(*m_ws->stepTemplates(), defaultTemplates());
    // Removing the bad row makes it valid again.
    table->selectRow(row);
    dialog.removeSelectedRow();
    QVERIFY(dialog.problem().isEmpty());
}

void tst_TemplatesDialog::restoreDefaults()
{
    StepTemplatesDialog dialog(m_ws);
    dialog.table()->selectRow(0);
    dialog.removeSelectedRow();
    dialog.accept();
    QCOMPARE(m_ws->stepTemplates()->size(), defaultTemplates().size() - 1);
    StepTemplatesDialog again(m_ws);
    QCOMPARE(again.table()->rowCount(), int(defaultTemplates().size()) - 1);
    again.restoreDefaults();
    again.accept();
    // The defaults again, in their order (positions follow the table's rows).
    auto keys = [](const QList<StepTemplate> &list) {
        QStringList out;
        for (const StepTemplate &t : list)
            out << t.key + QLatin1Char('|') + t.titleEn + QLatin1Char('|') + t.titleJa;
        return out;
    };
    QCOMPARE(keys(*m_ws->stepTemplates()), keys(defaultTemplates()));
}

QTEST_MAIN(tst_TemplatesDialog)
#include "tst_templatesdialog.moc"
