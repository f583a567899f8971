// The lifecycle repository's test, in two files: tst_lifecyclerepository.cpp covers the effective
// lifecycle (manual over imported, with sources), ties and their staleness, stale row versions and
// one query for all components; tst_lifecyclerepository_decisions.cpp covers decisions (frozen
// freezes the system), remembered choices, the mapping screen's rows, the EOSL overview and the
// horizons setting (SettingsRepository).
#pragma once

#include "testsupport.h"

#include "models/domain/lifecycle.h"
#include "models/domain/system.h"
#include "models/storage/lifecyclerepository.h"

#include <QtTest>

namespace pp {
inline char *toString(const SupportEnd &e)
{
    return QTest::toString(e.toText());
}
} // namespace pp

class tst_LifecycleRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void unknownWithoutData();
    void importedDatesWithSources();
    void manualWinsFieldByField();
    void manualStaleVersionIsAConflict();
    void automaticTieAndStaleness();
    void explicitProductWithoutCycle();
    void decisions();
    void frozenFreezesTheSystem();
    void frozenLeavesRetiringSystems();
    void decisionOnDeletedComponent();
    void rememberedChoices();
    void productMatchesForTheMappingScreen();
    void oneQueryForAllComponents();
    void overviewOrderAndStats();
    void horizonsSetting();
    void version2ManualRowsKeepWinning();

private:
    pp::System addSystem(const QString &code,
                         pp::LifecycleState state = pp::LifecycleState::Active);
    pp::Component addComponent(qint64 systemId, const QString &product, const QString &version,
                               const QString &eolProduct = {}, const QString &eolCycle = {});
    void importSamples();
    int auditCount();
    pp::LifecycleRow rowOf(qint64 componentId);
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<pp::Database> m_db;
};
