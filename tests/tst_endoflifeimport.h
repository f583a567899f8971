// The endoflife.date importer's test (models/io/endoflifeimport.h), in two files:
// tst_endoflifeimport.cpp reads files (both forms on the real samples, every date-or-boolean case
// including the v0 inversion of support/extendedSupport, every kind of bad input), and
// tst_endoflifeimport_apply.cpp writes them (re-imports and their audit trail, one transaction
// per call, hostile strings, ties, timing).
#pragma once

#include "testsupport.h"

#include "models/io/endoflifeimport.h"

#include <QFile>
#include <QtTest>

#include <optional>

namespace pp {
inline char *toString(const SupportEnd &e)
{
    return QTest::toString(e.toText());
}
} // namespace pp

namespace pp::test {

inline QString v0Dir()
{
    return QStringLiteral(PP_TEST_DATA "/endoflife-v0");
}

inline QString v1Dir()
{
    return QStringLiteral(PP_TEST_DATA "/endoflife-v1");
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline std::optional<ReleaseLifecycle> releaseOf(const EndOfLifePreview &p, const QString &product,
                                                 const QString &cycle)
{
    for (const EndOfLifeFile &f : p.files) {
        if (f.product.id != product)
            continue;
        for (const ReleaseLifecycle &r : f.releases) {
            if (r.cycle == cycle)
                return r;
        }
    }
    return std::nullopt;
}

} // namespace pp::test

class tst_EndOfLifeImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bothFormsOfTheSamples();
    void realRows_data();
    void realRows();
    void v0AndV1AgreeOnEveryRelease();
    void syntheticCases_data();
    void syntheticCases();
    void v1ProductMetadata();
    void badInput_data();
    void badInput();
    void byteOrderMark();
    void hundredMegabytesRefusedUnread();
    void limits();
    void pathsAndFolders();
    void importCreatesThenUnchangedWritesNothing();
    void reimportUpdatesAndAudits();
    void oneBadFileChangesNothing();
    void hostileStringsStoredVerbatim();
    void v0KeepsWhatV1Brought();
    void importTiesComponents();
    void timingAllSamples();

private:
    std::unique_ptr<pp::Database> openDb(const QString &name);
    int auditCount(pp::Database &db);
    QString writeFile(const QString &name, const QByteArray &data);
    QTemporaryDir m_dir;
};
