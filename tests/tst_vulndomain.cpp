// The vulnerability enumerations (models/domain/vulnerability.h): stable keys, labels, the CVSS
// bands, JVN's words and the metric shown and decided by.
#include "models/domain/vulnerability.h"

#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using namespace pp;

class tst_VulnDomain : public QObject
{
    Q_OBJECT

private:
    template<typename E>
    void checkKeysRoundTrip(const QList<E> &values)
    {
        QSet<QString> keys;
        QSet<QString> labels;
        for (E v : values) {
            const QString key = toKey(v);
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(fromKey<E>(key), std::optional<E>(v));
            QCOMPARE(fromKey<E>(key.toUpper()), std::optional<E>(v));
            QCOMPARE(fromKey<E>(QLatin1Char(' ') + key + QLatin1Char(' ')), std::optional<E>(v));
            const QString label = displayName(v);
            QVERIFY(!label.isEmpty());
            QVERIFY2(!labels.contains(label), qPrintable(label));
            labels.insert(label);
        }
        QCOMPARE(fromKey<E>(QStringLiteral("no_such_key")), std::nullopt);
    }

private slots:
    void keysAreStable()
    {
        // These keys are stored in the database and written to files: they must never change.
        QCOMPARE(toKey(Severity::Critical), QStringLiteral("critical"));
        QCOMPARE(toKey(Severity::Unknown), QStringLiteral("unknown"));
        QCOMPARE(toKey(AnalysisState::NotSet), QStringLiteral("not_set"));
        QCOMPARE(toKey(AnalysisState::InTriage), QStringLiteral("in_triage"));
        QCOMPARE(toKey(AnalysisState::NotAffected), QStringLiteral("not_affected"));
        QCOMPARE(toKey(AnalysisState::FalsePositive), QStringLiteral("false_positive"));
        QCOMPARE(toKey(AnalysisState::RiskAccepted), QStringLiteral("risk_accepted"));
        QCOMPARE(toKey(Justification::None), QString());
        QCOMPARE(toKey(Justification::CodeNotPresent), QStringLiteral("code_not_present"));
        QCOMPARE(toKey(Justification::ProtectedByMitigatingControl),
                 QStringLiteral("protected_by_mitigating_control"));
        QCOMPARE(toKey(Justification::ComponentNotPresent),
                 QStringLiteral("component_not_present"));
        QCOMPARE(toKey(Track::Emergency), QStringLiteral("emergency"));
        QCOMPARE(toKey(MatchKind::Name), QStringLiteral("name"));
        QCOMPARE(toKey(DueRule::KevDueDate), QStringLiteral("kev_due_date"));
        QCOMPARE(toKey(DueRule::KevAdded), QStringLiteral("kev_added"));
        QCOMPARE(toKey(DueRule::InternetCritical), QStringLiteral("internet_critical"));
        QCOMPARE(toKey(DueRule::InternetHigh), QStringLiteral("internet_high"));
        QCOMPARE(toKey(DueRule::Unscored), QStringLiteral("unscored"));
        QCOMPARE(toKey(PatchKind::Upgrade), QStringLiteral("upgrade"));
        QCOMPARE(toKey(PatchKind::Vendor), QStringLiteral("vendor"));
        QCOMPARE(toKey(VulnSource::Nvd), QStringLiteral("nvd"));
        QCOMPARE(toKey(VulnSource::Kev), QStringLiteral("kev"));
        QCOMPARE(toKey(VulnSource::Jvn), QStringLiteral("jvn"));
    }

    void keysRoundTrip()
    {
        checkKeysRoundTrip(allValues<Severity>());
        checkKeysRoundTrip(allValues<AnalysisState>());
        checkKeysRoundTrip(allValues<Justification>());
        checkKeysRoundTrip(QList<Track>{Track::Regular, Track::Emergency});
        checkKeysRoundTrip(QList<MatchKind>{MatchKind::Cpe, MatchKind::Name});
        checkKeysRoundTrip(QList<PatchKind>{PatchKind::Upgrade, PatchKind::Vendor});
        checkKeysRoundTrip(QList<DueRule>{DueRule::KevDueDate, DueRule::KevAdded,
                                          DueRule::InternetCritical, DueRule::InternetHigh,
                                          DueRule::Critical, DueRule::High, DueRule::Medium,
                                          DueRule::Low, DueRule::Unscored});
        QCOMPARE(allValues<Severity>().size(), 6);
        QCOMPARE(allValues<AnalysisState>().size(), 7);
        QCOMPARE(allValues<Justification>().size(), 11);
        // Display order: severities from unknown up to critical.
        QCOMPARE(allValues<Severity>().first(), Severity::Unknown);
        QCOMPARE(allValues<Severity>().last(), Severity::Critical);
        // The empty key is "no justification", and it is the only one that is empty.
        QCOMPARE(fromKey<Justification>(QString()), std::optional(Justification::None));
        QCOMPARE(fromKey<Severity>(QString()), std::nullopt);
    }

    void severityFromScore_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<Severity>("expected");
        QTest::newRow("0") << 0.0 << Severity::None;
        QTest::newRow("0.1") << 0.1 << Severity::Low;
        QTest::newRow("3.9") << 3.9 << Severity::Low;
        QTest::newRow("4.0") << 4.0 << Severity::Medium;
        QTest::newRow("6.9") << 6.9 << Severity::Medium;
        QTest::newRow("7.0") << 7.0 << Severity::High;
        QTest::newRow("8.9") << 8.9 << Severity::High;
        QTest::newRow("9.0") << 9.0 << Severity::Critical;
        QTest::newRow("10") << 10.0 << Severity::Critical;
        QTest::newRow("negative") << -1.0 << Severity::Unknown;
        QTest::newRow("over 10") << 10.5 << Severity::Unknown;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << Severity::Unknown;
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << Severity::Unknown;
    }
    void severityFromScore()
    {
        QFETCH(double, score);
        QFETCH(Severity, expected);
        QCOMPARE(pp::severityFromScore(score), expected);
    }

    void severityFromWord_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<Severity>("expected");
        QTest::newRow("NVD CRITICAL") << "CRITICAL" << Severity::Critical;
        QTest::newRow("Critical") << "Critical" << Severity::Critical;
        QTest::newRow("HIGH") << "HIGH" << Severity::High;
        QTest::newRow("JVN High") << "High" << Severity::High;
        QTest::newRow("JVN Medium") << "Medium" << Severity::Medium;
        QTest::newRow("JVN Low") << "Low" << Severity::Low;
        QTest::newRow("JVN None") << "None" << Severity::None;
        QTest::newRow("padded") << " medium " << Severity::Medium;
        QTest::newRow("empty") << "" << Severity::Unknown;
        QTest::newRow("moderate") << "Moderate" << Severity::Unknown;
        QTest::newRow("unknown") << "unknown" << Severity::Unknown;
        QTest::newRow("Japanese") << QStringLiteral("警告") << Severity::Unknown;
    }
    void severityFromWord()
    {
        QFETCH(QString, word);
        QFETCH(Severity, expected);
        QCOMPARE(pp::severityFromWord(word), expected);
    }

    void openAndSuppressed()
    {
        const QSet<AnalysisState> open{AnalysisState::NotSet, AnalysisState::InTriage,
                                       AnalysisState::Affected};
        const QSet<AnalysisState> suppressed{AnalysisState::NotAffected,
                                             AnalysisState::FalsePositive};
        for (AnalysisState s : allValues<AnalysisState>()) {
            QCOMPARE(isOpen(s), open.contains(s));
            QCOMPARE(isSuppressed(s), suppressed.contains(s));
            QVERIFY(!(isOpen(s) && isSuppressed(s)));
        }
        QVERIFY(!isOpen(AnalysisState::Resolved));
        QVERIFY(!isOpen(AnalysisState::RiskAccepted));
        QVERIFY(!isSuppressed(AnalysisState::RiskAccepted));
    }

    void preferredMetric()
    {
        const CvssMetric v2{QStringLiteral("2.0"), 7.5,
                            QStringLiteral("AV:N/AC:L/Au:N/C:P/I:P/A:P"), Severity::High,
                            QStringLiteral("nvd@nist.gov"), true};
        const CvssMetric v31cna{QStringLiteral("3.1"), 10.0, QStringLiteral("CVSS:3.1/cna"),
                                Severity::Critical, QStringLiteral("psirt@paloaltonetworks.com"),
                                false};
        const CvssMetric v31nvd{QStringLiteral("3.1"), 9.8, QStringLiteral("CVSS:3.1/nvd"),
                                Severity::Critical, QStringLiteral("nvd@nist.gov"), true};
        const CvssMetric v31primary{QStringLiteral("3.1"), 9.1, QStringLiteral("CVSS:3.1/p"),
                                    Severity::Critical, QStringLiteral("secure@microsoft.com"),
                                    true};
        const CvssMetric v40{QStringLiteral("4.0"), 9.3, QStringLiteral("CVSS:4.0/x"),
                             Severity::Critical, QStringLiteral("psirt@paloaltonetworks.com"),
                             false};
        const CvssMetric v30{QStringLiteral("3.0"), 8.8, QStringLiteral("CVSS:3.0/x"),
                             Severity::High, QStringLiteral("nvd@nist.gov"), true};

        QCOMPARE(pp::preferredMetric({}), std::nullopt);
        // The newest CVSS version wins, even over NVD's own older score.
        QCOMPARE(pp::preferredMetric({v2, v31nvd, v40}), std::optional(v40));
        QCOMPARE(pp::preferredMetric({v2, v30}), std::optional(v30));
        QCOMPARE(pp::preferredMetric({v30, v2, v31cna}), std::optional(v31cna));
        // Within a version: NVD's own, wherever it is in the list.
        QCOMPARE(pp::preferredMetric({v31cna, v31primary, v31nvd}), std::optional(v31nvd));
        // Else the Primary one, else the first.
        QCOMPARE(pp::preferredMetric({v31cna, v31primary}), std::optional(v31primary));
        CvssMetric other = v31cna;
        other.score = 5.0;
        QCOMPARE(pp::preferredMetric({v31cna, other}), std::optional(v31cna));
        QCOMPARE(pp::preferredMetric({other, v31cna}), std::optional(other));
    }
};

QTEST_GUILESS_MAIN(tst_VulnDomain)
#include "tst_vulndomain.moc"
