// Step templates (models/planning/steptemplates.h): the defaults shipped in
// resources/templates/steps.json (both languages, every component kind, the monitoring pair),
// each refused template file with its message, the JSON round trip, and the steps a new plan
// gets from them.
#include "models/planning/steptemplates.h"

#include <QtTest>

using namespace pp;

namespace {

/// One template step as JSON text, for the error cases.
QByteArray file(const QByteArray &steps)
{
    return QByteArray("{\"version\": 1, \"steps\": [") + steps + "]}";
}

const QByteArray kGood =
    R"({"key": "a", "phase": "pre", "title": {"en": "A", "ja": "エー"}, "duration_minutes": 5})";

const StepTemplate *find(const QList<StepTemplate> &templates, const QString &key)
{
    for (const StepTemplate &t : templates) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

const PlanStep *findStep(const QList<PlanStep> &steps, const QString &key)
{
    for (const PlanStep &s : steps) {
        if (s.templateKey == key)
            return &s;
    }
    return nullptr;
}

bool hasJapanese(const QString &s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff))
            return true;
    }
    return false;
}

} // namespace

class tst_StepTemplates : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreComplete();
    void defaultsMatchTheSourceFile();
    void roundTrip();
    void refused_data();
    void refused();
    void stepsForKindsInScope();
    void onSiteStep();
    void japaneseSteps();
    void pairWithoutPartnerTemplate();
    void initialPlanIsReadyForReview();
};

void tst_StepTemplates::defaultsAreComplete()
{
    const QList<StepTemplate> t = defaultTemplates();
    QVERIFY(t.size() >= 20);
    QSet<QString> keys;
    for (const StepTemplate &s : t) {
        QVERIFY2(!keys.contains(s.key), qPrintable(s.key));
        keys.insert(s.key);
        QVERIFY2(hasJapanese(s.titleJa), qPrintable(s.key));
        QVERIFY2(hasJapanese(s.detailJa), qPrintable(s.key));
        QVERIFY2(!s.titleEn.isEmpty() && !hasJapanese(s.titleEn), qPrintable(s.key));
        QVERIFY2(!s.detailEn.isEmpty(), qPrintable(s.key));
        QVERIFY2(defaultOwnerRoles().contains(s.ownerRole), qPrintable(s.key));
        QVERIFY2(s.durationMinutes > 0 && s.durationMinutes <= 120, qPrintable(s.key));
    }
    // One apply template per component kind.
    for (ComponentKind k : allValues<ComponentKind>()) {
        int n = 0;
        for (const StepTemplate &s : t)
            n += s.phase == StepPhase::Apply && s.kinds == QList<ComponentKind>{k};
        QVERIFY2(n == 1, qPrintable(toKey(k)));
    }
    // Every phase is there; monitoring is suppressed and restored as a pair.
    for (StepPhase p : {StepPhase::Pre, StepPhase::Apply, StepPhase::Post, StepPhase::Rollback})
        QVERIFY(std::any_of(t.cbegin(), t.cend(), [p](const StepTemplate &s) {
            return s.phase == p;
        }));
    const StepTemplate *suppress = find(t, QStringLiteral("pre.suppress_monitoring"));
    QVERIFY(suppress);
    QCOMPARE(suppress->effect, StepEffect::SuppressMonitoring);
    const StepTemplate *restore = find(t, suppress->pairKey);
    QVERIFY(restore);
    QCOMPARE(restore->phase, StepPhase::Post);
    QCOMPARE(restore->effect, StepEffect::RestoreMonitoring);
    const StepTemplate *vendor = find(t, QStringLiteral("pre.vendor_device_check"));
    QVERIFY(vendor && vendor->onSiteOnly);
    QCOMPARE(vendor->ownerRole, QStringLiteral("security"));
}

void tst_StepTemplates::defaultsMatchTheSourceFile()
{
    QFile f(QStringLiteral(PP_TEST_DATA "/../../resources/templates/steps.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Result<QList<StepTemplate>> parsed = parseTemplates(f.readAll());
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed.value(), defaultTemplates());
}

void tst_StepTemplates::roundTrip()
{
    QList<StepTemplate> t = defaultTemplates();
    t[0].titleEn = QStringLiteral("Edited by the team");
    t[0].kinds = {ComponentKind::Os, ComponentKind::Cloud};
    const QByteArray json = templatesToJson(t);
    QVERIFY(json.contains("\"version\": 1"));
    const Result<QList<StepTemplate>> back = parseTemplates(json);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back.value(), t);
}

void tst_StepTemplates::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{\"version\": 1,")
                              << QStringLiteral("The step templates are not valid JSON");
    QTest::newRow("array") << QByteArray("[]")
                           << QStringLiteral("must be a JSON object with \"version\"");
    QTest::newRow("no version") << QByteArray("{\"steps\": []}")
                                << QStringLiteral("The step templates have no \"version\".");
    QTest::newRow("newer") << QByteArray("{\"version\": 2, \"steps\": []}")
                           << QStringLiteral("The step templates are version 2; this version of "
                                             "the program reads version 1.");
    QTest::newRow("no steps") << QByteArray("{\"version\": 1}")
                              << QStringLiteral("The step templates have no \"steps\" list.");
    QTest::newRow("no key")
        << file(R"({"phase": "pre", "title": {"en": "A", "ja": "エー"}, "duration_minutes": 5})")
        << QStringLiteral("Step template 1 has no \"key\".");
    QTest::newRow("unknown phase")
        << file(R"({"key": "a", "phase": "deploy", "title": {"en": "A", "ja": "エー"},
                    "duration_minutes": 5})")
        << QStringLiteral("Step template 1 (a): unknown phase “deploy”; use pre, apply, post or "
                          "rollback.");
    QTest::newRow("milestone phase")
        << file(R"({"key": "a", "phase": "milestone", "title": {"en": "A", "ja": "エー"},
                    "duration_minutes": 5})")
        << QStringLiteral("Step template 1 (a): unknown phase “milestone”");
    QTest::newRow("no English title")
        << file(R"({"key": "a", "phase": "pre", "title": {"ja": "エー"}, "duration_minutes": 5})")
        << QStringLiteral("Step template 1 (a): the English title (title.en) is missing.");
    QTest::newRow("no Japanese title")
        << file(R"({"key": "a", "phase": "pre", "title": {"en": "A", "ja": " "},
                    "duration_minutes": 5})")
        << QStringLiteral("Step template 1 (a): the Japanese title (title.ja) is missing.");
    QTest::newRow("negative duration")
        << file(R"({"key": "a", "phase": "pre", "title": {"en": "A", "ja": "エー"},
                    "duration_minutes": -5})")
        << QStringLiteral("Step template 1 (a): the duration cannot be negative (-5 minutes).");
    QTest::newRow("fractional duration")
        << file(R"({"key": "a", "phase": "pre", "title": {"en": "A", "ja": "エー"},
                    "duration_minutes": 2.5})")
        << QStringLiteral("Step template 1 (a): \"duration_minutes\" must be a whole number");
    QTest::newRow("duplicate key")
        << file(kGood + "," + kGood)
        << QStringLiteral("Step template 2 (a): the key is used by another step template.");
    QTest::newRow("unknown effect")
        << file(R"({"key": "a", "phase": "pre", "title": {"en": "A", "ja": "エー"},
                    "duration_minutes": 5, "effect": "mute"})")
        << QStringLiteral("Step template 1 (a): unknown effect “mute”.");
    QTest::newRow("unknown kind")
        << file(R"({"key": "a", "phase": "apply", "title": {"en": "A", "ja": "エー"},
                    "duration_minutes": 5, "kinds": ["os", "mainframe"]})")
        << QStringLiteral("Step template 1 (a): unknown component kind “mainframe”; use os|");
    QTest::newRow("unknown pair key")
        << file(R"({"key": "a", "phase": "pre", "title": {"en": "A", "ja": "エー"},
                    "duration_minutes": 5, "effect": "suppress_monitoring", "pair_key": "zzz"})")
        << QStringLiteral("Step template a: the pair key “zzz” is not the key of any step "
                          "template.");
    QTest::newRow("pair on a plain step")
        << file(R"({"key": "a", "phase": "pre", "title": {"en": "A", "ja": "エー"},
                    "duration_minutes": 5, "pair_key": "b"},
                   {"key": "b", "phase": "post", "title": {"en": "B", "ja": "ビー"},
                    "duration_minutes": 5, "effect": "restore_monitoring"})")
        << QStringLiteral("Step template a: only a step that suppresses monitoring or opens "
                          "access has a pair key.");
    QTest::newRow("pair that does not restore")
        << file(R"({"key": "a", "phase": "pre", "title": {"en": "A", "ja": "エー"},
                    "duration_minutes": 5, "effect": "open_access", "pair_key": "b"},
                   {"key": "b", "phase": "post", "title": {"en": "B", "ja": "ビー"},
                    "duration_minutes": 5, "effect": "restore_monitoring"})")
        << QStringLiteral("Step template a: its pair b does not undo what it does (expected "
                          "effect “close_access”).");
}

void tst_StepTemplates::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<QList<StepTemplate>> r = parseTemplates(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InputRejected);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    // The good step alone is accepted, so each case fails for its own reason.
    QVERIFY(parseTemplates(file(kGood)).ok());
}

void tst_StepTemplates::stepsForKindsInScope()
{
    const QList<PlanStep> steps = stepsFromTemplates(
        defaultTemplates(), {ComponentKind::Database, ComponentKind::Os}, false,
        QStringLiteral("en"));
    // Positions 1..n; phases in order pre, apply, post, rollback.
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).position, i + 1);
        QCOMPARE(steps.at(i).id, qint64(0));
        if (i > 0)
            QVERIFY(int(steps.at(i - 1).phase) <= int(steps.at(i).phase));
    }
    QStringList apply;
    for (const PlanStep &s : steps) {
        if (s.phase == StepPhase::Apply)
            apply.append(s.templateKey);
    }
    QCOMPARE(apply, (QStringList{QStringLiteral("apply.os"), QStringLiteral("apply.database")}));
    QVERIFY(!findStep(steps, QStringLiteral("pre.vendor_device_check")));

    const PlanStep *suppress = findStep(steps, QStringLiteral("pre.suppress_monitoring"));
    const PlanStep *restore = findStep(steps, QStringLiteral("post.restore_monitoring"));
    QVERIFY(suppress && restore);
    QCOMPARE(suppress->effect, StepEffect::SuppressMonitoring);
    QCOMPARE(suppress->pairsWithStepId, unsavedStepRef(restore->position));
    QCOMPARE(suppress->title, QStringLiteral("Suppress monitoring alerts for the window"));
    QCOMPARE(suppress->ownerRole, QStringLiteral("operations"));
    QVERIFY(unpairedSteps(steps).isEmpty());

    // Every kind: one apply step each; no kind: none.
    int n = 0;
    for (const PlanStep &s : stepsFromTemplates(defaultTemplates(), allValues<ComponentKind>(),
                                                false, QStringLiteral("en")))
        n += s.phase == StepPhase::Apply;
    QCOMPARE(n, 8);
    for (const PlanStep &s : stepsFromTemplates(defaultTemplates(), {}, false,
                                                QStringLiteral("en")))
        QVERIFY(s.phase != StepPhase::Apply);
}

void tst_StepTemplates::onSiteStep()
{
    const QList<PlanStep> steps = stepsFromTemplates(defaultTemplates(), {ComponentKind::Network},
                                                     true, QStringLiteral("en"));
    const PlanStep *check = findStep(steps, QStringLiteral("pre.vendor_device_check"));
    QVERIFY(check);
    QCOMPARE(check->phase, StepPhase::Pre);
    QVERIFY(findStep(steps, QStringLiteral("apply.network")));
}

void tst_StepTemplates::japaneseSteps()
{
    const QList<PlanStep> steps = stepsFromTemplates(defaultTemplates(), {ComponentKind::Os},
                                                     false, QStringLiteral("ja"));
    for (const PlanStep &s : steps) {
        QVERIFY2(hasJapanese(s.title), qPrintable(s.templateKey));
        QVERIFY2(hasJapanese(s.detail), qPrintable(s.templateKey));
    }
    QCOMPARE(findStep(steps, QStringLiteral("apply.os"))->title,
             QStringLiteral("OSパッチ適用と再起動"));
    QCOMPARE(findStep(steps, QStringLiteral("post.restore_monitoring"))->title,
             QStringLiteral("監視アラートの抑止解除と通知到達の確認"));
}

void tst_StepTemplates::pairWithoutPartnerTemplate()
{
    // The restoring template applies only on site: off site the pair is left to the order
    // rule, which finds nothing, and the plan reports it.
    const Result<QList<StepTemplate>> t = parseTemplates(file(
        R"({"key": "a", "phase": "pre", "title": {"en": "Open VPN", "ja": "VPN開放"},
            "duration_minutes": 5, "effect": "open_access", "pair_key": "b"},
           {"key": "b", "phase": "post", "title": {"en": "Close VPN", "ja": "VPN閉塞"},
            "duration_minutes": 5, "effect": "close_access", "on_site_only": true})"));
    QVERIFY(t.ok());
    const QList<PlanStep> off = stepsFromTemplates(t.value(), {}, false, QStringLiteral("en"));
    QCOMPARE(off.size(), 1);
    QCOMPARE(off.at(0).pairsWithStepId, qint64(0));
    QCOMPARE(unpairedSteps(off).size(), 1);
    const QList<PlanStep> on = stepsFromTemplates(t.value(), {}, true, QStringLiteral("en"), 10);
    QCOMPARE(on.at(0).position, 10);
    QCOMPARE(on.at(0).pairsWithStepId, qint64(-11));
    QVERIFY(unpairedSteps(on).isEmpty());
}

void tst_StepTemplates::initialPlanIsReadyForReview()
{
    const QTimeZone tokyo("Asia/Tokyo");
    Plan p;
    p.id = 3;
    p.author = QStringLiteral("alice");
    p.windowStart = QDateTime(QDate(2026, 12, 13), QTime(1, 0), tokyo).toUTC();
    p.windowEnd = QDateTime(QDate(2026, 12, 13), QTime(5, 0), tokyo).toUTC();
    const QList<PlanStep> steps = initialPlanSteps(
        p, defaultLeadTimes(PlanType::Regular), defaultTemplates(),
        {ComponentKind::Os, ComponentKind::Middleware}, false, QStringLiteral("en"));
    QCOMPARE(steps.at(0).phase, StepPhase::Milestone);
    QCOMPARE(steps.at(4).phase, StepPhase::Milestone);
    QCOMPARE(steps.at(5).position, 6);
    QCOMPARE(steps.at(5).templateKey, QStringLiteral("pre.scope"));
    QCOMPARE(steps.at(5).plannedStart, p.windowStart);
    QVERIFY(std::all_of(steps.cbegin(), steps.cend(),
                        [](const PlanStep &s) { return s.planId == 3; }));
    QCOMPARE(steps.last().phase, StepPhase::Rollback);
    QCOMPARE(steps.last().plannedEnd(), p.windowEnd);
    // With one kind in scope, the patch is in before the rollback decision is due.
    const PlanStep *apply = findStep(steps, QStringLiteral("apply.os"));
    QVERIFY(apply && apply->plannedEnd() <= rollbackDecisionDeadline(steps, p));
    QVERIFY(transitionProblems(p, PlanStatus::InReview, steps, {}, p.windowStart).isEmpty());
}

QTEST_GUILESS_MAIN(tst_StepTemplates)
#include "tst_steptemplates.moc"
