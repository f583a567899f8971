// Keyboard use: on every page, and on every tab of the editors, the Alt+letter mnemonics that
// are visible at the same time are unique, and none steals a letter of the menu bar. (A clash
// makes Alt+letter cycle between widgets instead of acting, e.g. Alt+E no longer opened Edit.)
#include "testsupport.h"

#include "models/storage/componentrepository.h"
#include "models/storage/systemrepository.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

using namespace pp;

namespace {

/// The mnemonic letter of @p text ("E&xposure:" -> 'X'), or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toUpper();
        }
    }
    return {};
}

/// Visible widgets of @p root that carry a mnemonic, as "letter -> texts".
QMultiMap<QChar, QString> visibleMnemonics(QWidget *root)
{
    QMultiMap<QChar, QString> out;
    const auto add = [&out](const QString &text) {
        if (const QChar c = mnemonic(text); !c.isNull())
            out.insert(c, text);
    };
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (l->isVisibleTo(root) && l->buddy())
            add(l->text());
    }
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(root))
            add(b->text());
    }
    for (QGroupBox *g : root->findChildren<QGroupBox *>()) {
        if (g->isVisibleTo(root) && g->isCheckable())
            add(g->title());
    }
    return out;
}

} // namespace

class tst_Mnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uniqueOnEveryPageAndTab();

private:
    QTemporaryDir m_dir;
};

void tst_Mnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    test::isolateSettings();
    auto db = test::openTemp(m_dir, QStringLiteral("keys.db"));
    QVERIFY(db);
    System s;
    s.code = QStringLiteral("CRM");
    s.name = QStringLiteral("CRM");
    auto stored = SystemRepository(*db).insert(s);
    PP_VERIFY_OK(stored);
    Component c;
    c.systemId = stored->id;
    c.product = QStringLiteral("PostgreSQL");
    c.version = QStringLiteral("13.4");
    PP_VERIFY_OK(ComponentRepository(*db).insert(c));
}

void tst_Mnemonics::uniqueOnEveryPageAndTab()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(test::location(m_dir, QStringLiteral("keys.db"))));

    QSet<QChar> menuLetters;
    for (QAction *a : window.menuBar()->actions()) {
        const QChar c = mnemonic(a->text());
        QVERIFY2(!c.isNull(), qPrintable(a->text()));
        QVERIFY2(!menuLetters.contains(c), qPrintable(a->text()));
        menuLetters.insert(c);
    }

    int checked = 0;
    // 0 dashboard ... 6 patches, 7 frozen systems, 8 calendar, 9 plans, 10 windows.
    for (int page = 0; page < 11; ++page) {
        window.showPage(page);
        QCoreApplication::processEvents();
        // Every combination of tabs shown: each tab of every tab widget on the page in turn.
        QList<QTabWidget *> tabs = window.findChildren<QTabWidget *>();
        tabs.erase(std::remove_if(tabs.begin(), tabs.end(),
                                  [&](QTabWidget *t) { return !t->isVisibleTo(&window); }),
                   tabs.end());
        QList<int> states{-1};
        for (QTabWidget *t : tabs)
            states = QList<int>(std::max<qsizetype>(states.size(), t->count()), 0);
        const int rounds = tabs.isEmpty() ? 1 : int(states.size());
        for (int round = 0; round < rounds; ++round) {
            for (QTabWidget *t : tabs)
                t->setCurrentIndex(std::min(round, t->count() - 1));
            QCoreApplication::processEvents();
            const QMultiMap<QChar, QString> seen = visibleMnemonics(&window);
            for (QChar c : seen.uniqueKeys()) {
                const QStringList texts = seen.values(c);
                const QString where = QStringLiteral("page %1, tab %2: Alt+%3 on %4")
                                          .arg(page)
                                          .arg(round)
                                          .arg(c)
                                          .arg(texts.join(QLatin1String(" / ")));
                QVERIFY2(texts.size() == 1, qPrintable(where));
                QVERIFY2(!menuLetters.contains(c), qPrintable(where + QLatin1String(" (menu)")));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 20);
}

QTEST_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"
