// Controls, evidence, risk acceptances, cadences and the frozen-systems register (see
// controlrepository.h). All SQL of issue 6 is here.
#include "models/storage/controlrepository.h"

#include "models/storage/auditlog.h"
#include "models/storage/database.h"
#include "models/storage/findingrepository.h"
#include "models/storage/lifecyclerepository.h"
#include "models/storage/settingsrepository.h"
#include "models/storage/statements.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace pp {
namespace {

const QString kControlEntity = QStringLiteral("control");
const QString kAcceptanceEntity = QStringLiteral("risk_acceptance");
const QString kCadenceEntity = QStringLiteral("cadence");
const QString kFindingEntity = QStringLiteral("finding");

const QString kControlColumns = QStringLiteral(
    "c.id, c.system_id, c.component_id, c.finding_id, c.kind, c.title, c.description, c.owner, "
    "c.cadence_days, c.last_done, c.next_due, c.valid_from, c.valid_until, c.row_version, "
    "c.updated_at");
const QString kAcceptanceColumns = QStringLiteral(
    "a.id, a.finding_id, a.component_id, a.response, a.requester, a.approver, a.approved_at, "
    "a.expires_on, a.residual_risk, a.rationale, a.row_version, a.updated_at");
const QString kCadenceColumns = QStringLiteral(
    "k.id, k.system_id, k.kind, k.interval_days, k.last_done, k.next_due, k.note, k.row_version, "
    "k.updated_at");

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(dateKey(d)) : QVariant();
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QDateTime timeOf(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate); // stored with "Z": UTC
}

Control readControl(const QSqlQuery &q)
{
    Control c;
    c.id = q.value(0).toLongLong();
    c.systemId = q.value(1).toLongLong();
    c.componentId = q.value(2).toLongLong();
    c.findingId = q.value(3).toLongLong();
    c.kind = fromKey<ControlKind>(q.value(4).toString()).value_or(ControlKind::NetworkIsolation);
    c.title = q.value(5).toString();
    c.description = q.value(6).toString();
    c.owner = q.value(7).toString();
    if (!q.value(8).isNull())
        c.cadenceDays = q.value(8).toInt();
    c.lastDone = dateOf(q.value(9));
    c.nextDue = dateOf(q.value(10));
    c.validFrom = dateOf(q.value(11));
    c.validUntil = dateOf(q.value(12));
    c.rowVersion = q.value(13).toInt();
    c.updatedAt = timeOf(q.value(14));
    return c;
}

RiskAcceptance readAcceptance(const QSqlQuery &q)
{
    RiskAcceptance a;
    a.id = q.value(0).toLongLong();
    a.findingId = q.value(1).toLongLong();
    a.componentId = q.value(2).toLongLong();
    a.response = fromKey<RiskResponse>(q.value(3).toString()).value_or(RiskResponse::Accept);
    a.requester = q.value(4).toString();
    a.approver = q.value(5).toString();
    a.approvedOn = dateOf(q.value(6));
    a.expiresOn = dateOf(q.value(7));
    a.residualRisk = q.value(8).toString();
    a.rationale = q.value(9).toString();
    a.rowVersion = q.value(10).toInt();
    a.updatedAt = timeOf(q.value(11));
    return a;
}

Cadence readCadence(const QSqlQuery &q)
{
    Cadence k;
    k.id = q.value(0).toLongLong();
    k.systemId = q.value(1).toLongLong();
    k.kind = fromKey<CadenceKind>(q.value(2).toString()).value_or(CadenceKind::ControlCheck);
    k.intervalDays = q.value(3).toInt();
    k.lastDone = dateOf(q.value(4));
    k.nextDue = dateOf(q.value(5));
    k.note = q.value(6).toString();
    k.rowVersion = q.value(7).toInt();
    k.updatedAt = timeOf(q.value(8));
    return k;
}

QVariantList controlValues(const Control &c)
{
    return {idValue(c.systemId), idValue(c.componentId), idValue(c.findingId), toKey(c.kind),
            c.title.trimmed(), c.description, c.owner.trimmed(),
            c.cadenceDays ? QVariant(*c.cadenceDays) : QVariant(), dateValue(c.lastDone),
            dateValue(c.nextDue), dateValue(c.validFrom), dateValue(c.validUntil)};
}

/// The content an approval vouches for: changing any of it withdraws the approval.
bool sameApprovedContent(const RiskAcceptance &a, const RiskAcceptance &b)
{
    return a.findingId == b.findingId && a.componentId == b.componentId
        && a.response == b.response && a.requester == b.requester && a.expiresOn == b.expiresOn
        && a.residualRisk == b.residualRisk && a.rationale == b.rationale;
}

/// An expired acceptance of a finding that is still risk accepted.
struct LapseHit
{
    qint64 acceptance = 0;
    qint64 finding = 0;
    qint64 vuln = 0;
    qint64 system = 0;
};

Status writeLinks(Database &db, qint64 acceptanceId, const QList<qint64> &controlIds)
{
    auto del = db.run(QStringLiteral("DELETE FROM risk_acceptance_controls "
                                     "WHERE risk_acceptance_id = ?"),
                      {acceptanceId});
    if (!del)
        return del.error();
    const QList<qint64> ids = QSet<qint64>(controlIds.cbegin(), controlIds.cend()).values();
    for (qint64 id : ids) {
        auto q = db.run(QStringLiteral("INSERT INTO risk_acceptance_controls "
                                       "(risk_acceptance_id, control_id) VALUES (?, ?)"),
                        {acceptanceId, id});
        if (!q)
            return q.error();
    }
    return {};
}

Result<std::optional<Cadence>> readOneCadence(Database &db, qint64 id)
{
    auto q = db.run(QStringLiteral("SELECT %1 FROM cadences k WHERE k.id = ?").arg(kCadenceColumns),
                    {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Cadence>();
    return std::optional<Cadence>(readCadence(*q));
}

/// Writes last done, next due, interval and note of @p after (row version checked), audited.
Status writeCadence(Database &db, const Cadence &before, const Cadence &after,
                    const QString &action, int expectedVersion)
{
    auto q = db.run(QStringLiteral("UPDATE cadences SET interval_days = ?, last_done = ?, "
                                   "next_due = ?, note = ?, updated_at = ?, "
                                   "row_version = row_version + 1 "
                                   "WHERE id = ? AND row_version = ?"),
                    {after.intervalDays, dateValue(after.lastDone), dateValue(after.nextDue),
                     after.note, Database::nowUtc(), after.id, expectedVersion});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1) {
        return conflict(ControlRepository::tr("The %1 cadence was changed by someone else.")
                            .arg(displayName(after.kind)));
    }
    return AuditLog(db).append(action, kCadenceEntity, after.id, before.toJson(), after.toJson());
}


} // namespace

// --- Controls ---------------------------------------------------------------------------------

Result<QList<Control>> ControlRepository::controls() const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM controls c ORDER BY c.id").arg(kControlColumns));
    if (!q)
        return q.error();
    QList<Control> out;
    while (q->next())
        out << readControl(*q);
    return out;
}

Result<std::optional<Control>> ControlRepository::control(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM controls c WHERE c.id = ?").arg(kControlColumns),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Control>();
    return std::optional<Control>(readControl(*q));
}

Result<Control> ControlRepository::insertControl(const Control &c, const QDate &today)
{
    if (const QStringList problems = validateControl(c); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    Control stored;
    Status st = m_db.transaction([&]() -> Status {
        Control n = c;
        n.lastDone = {};
        n.nextDue = controlNextDue(n, today);
        QVariantList binds = controlValues(n);
        binds << Database::nowUtc();
        QString columns = QStringLiteral(
            "system_id, component_id, finding_id, kind, title, description, owner, "
            "cadence_days, last_done, next_due, valid_from, valid_until, updated_at");
        QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
        if (c.id > 0) { // restoring a deleted control under its old id (undo)
            columns.prepend(QLatin1String("id, "));
            marks.prepend(QLatin1String("?, "));
            binds.prepend(c.id);
        }
        auto q = m_db.run(QStringLiteral("INSERT INTO controls (%1) VALUES (%2) RETURNING id")
                              .arg(columns, marks),
                          binds);
        if (!q)
            return q.error();
        if (!q->next())
            return fail(tr("The control \"%1\" could not be stored.").arg(c.title));
        const qint64 id = q->value(0).toLongLong();
        auto reread = control(id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("create"), kControlEntity, id, {},
                                     stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

Result<Control> ControlRepository::updateControl(const Control &c, const QDate &today)
{
    if (const QStringList problems = validateControl(c); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    Control stored;
    Status st = m_db.transaction([&]() -> Status {
        auto current = control(c.id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The control \"%1\" was deleted by someone else.").arg(c.title));
        const Control before = **current;
        if (before.rowVersion != c.rowVersion) {
            return conflict(tr("The control \"%1\" was changed by someone else since you "
                               "opened it.")
                                .arg(before.title));
        }
        Control n = c;
        n.lastDone = before.lastDone; // moves only with evidence
        n.nextDue = controlNextDue(n, today);
        QVariantList binds = controlValues(n);
        binds << Database::nowUtc() << c.id << c.rowVersion;
        auto q = m_db.run(QStringLiteral(
                              "UPDATE controls SET system_id = ?, component_id = ?, "
                              "finding_id = ?, kind = ?, title = ?, description = ?, owner = ?, "
                              "cadence_days = ?, last_done = ?, next_due = ?, valid_from = ?, "
                              "valid_until = ?, updated_at = ?, row_version = row_version + 1 "
                              "WHERE id = ? AND row_version = ?"),
                          binds);
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The control \"%1\" was changed by someone else.").arg(c.title));
        auto reread = control(c.id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("update"), kControlEntity, c.id,
                                     before.toJson(), stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

Status ControlRepository::removeControl(qint64 id, int expectedVersion)
{
    return m_db.transaction([&]() -> Status {
        auto current = control(id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The control was already deleted by someone else."));
        const Control before = **current;
        if (before.rowVersion != expectedVersion) {
            return conflict(tr("The control \"%1\" was changed by someone else since you "
                               "opened it.")
                                .arg(before.title));
        }
        // Evidence is the record of what was done, and an acceptance's approval covered the
        // controls it named: such a control is ended (valid until), not deleted.
        auto uses = m_db.run(QStringLiteral(
                                 "SELECT (SELECT COUNT(*) FROM control_evidence "
                                 "WHERE control_id = ?), (SELECT COUNT(*) FROM "
                                 "risk_acceptance_controls WHERE control_id = ?)"),
                             {id, id});
        if (!uses)
            return uses.error();
        if (uses->next()) {
            if (const int n = uses->value(0).toInt(); n > 0) {
                return rejected(tr("The control \"%1\" has %n evidence entries and cannot be "
                                   "deleted; end it with a valid-until date instead.",
                                   nullptr, n)
                                    .arg(before.title));
            }
            if (const int n = uses->value(1).toInt(); n > 0) {
                return rejected(tr("%n risk acceptance(s) rely on the control \"%1\"; remove "
                                   "it from them first, or end it with a valid-until date.",
                                   nullptr, n)
                                    .arg(before.title));
            }
        }
        uses->finish();
        auto q = m_db.run(QStringLiteral("DELETE FROM controls WHERE id = ? AND row_version = ?"),
                          {id, expectedVersion});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The control \"%1\" was changed by someone else.").arg(before.title));
        return AuditLog(m_db).append(QStringLiteral("delete"), kControlEntity, id,
                                     before.toJson(), {});
    });
}

Result<QList<ControlEvidence>> ControlRepository::evidence(qint64 controlId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, control_id, done_at, done_by, note, reference "
                                     "FROM control_evidence WHERE control_id = ? "
                                     "ORDER BY done_at DESC, id DESC"),
                      {controlId});
    if (!q)
        return q.error();
    QList<ControlEvidence> out;
    while (q->next()) {
        ControlEvidence e;
        e.id = q->value(0).toLongLong();
        e.controlId = q->value(1).toLongLong();
        e.doneOn = dateOf(q->value(2));
        e.doneBy = q->value(3).toString();
        e.note = q->value(4).toString();
        e.reference = q->value(5).toString();
        out << e;
    }
    return out;
}

Result<Control> ControlRepository::addEvidence(const ControlEvidence &e, int expectedVersion,
                                               const QDate &today)
{
    if (const QStringList problems = validateEvidence(e, today); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    Control stored;
    Status st = m_db.transaction([&]() -> Status {
        auto current = control(e.controlId);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The control was deleted by someone else."));
        const Control before = **current;
        if (before.rowVersion != expectedVersion) {
            return conflict(tr("The control \"%1\" was changed by someone else since you "
                               "opened it.")
                                .arg(before.title));
        }
        auto ins = m_db.run(QStringLiteral("INSERT INTO control_evidence (control_id, done_at, "
                                           "done_by, note, reference) VALUES (?, ?, ?, ?, ?)"),
                            {e.controlId, dateKey(e.doneOn), e.doneBy.trimmed(), e.note,
                             e.reference.trimmed()});
        if (!ins)
            return ins.error();
        Control n = before;
        if (!n.lastDone.isValid() || e.doneOn > n.lastDone)
            n.lastDone = e.doneOn;
        n.nextDue = controlNextDue(n, today);
        auto q = m_db.run(QStringLiteral("UPDATE controls SET last_done = ?, next_due = ?, "
                                         "updated_at = ?, row_version = row_version + 1 "
                                         "WHERE id = ? AND row_version = ?"),
                          {dateValue(n.lastDone), dateValue(n.nextDue), Database::nowUtc(),
                           n.id, expectedVersion});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The control \"%1\" was changed by someone else.").arg(n.title));
        auto reread = control(n.id);
        if (!reread)
            return reread.error();
        stored = **reread;
        QJsonObject after = stored.toJson();
        after.insert(QStringLiteral("evidence"), e.toJson());
        return AuditLog(m_db).append(QStringLiteral("evidence"), kControlEntity, n.id,
                                     before.toJson(), after);
    });
    if (!st)
        return st.error();
    return stored;
}

// --- Risk acceptances ---------------------------------------------------------------------------

Result<QList<RiskAcceptance>> ControlRepository::acceptances() const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM risk_acceptances a ORDER BY a.id")
                          .arg(kAcceptanceColumns));
    if (!q)
        return q.error();
    QList<RiskAcceptance> out;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        index.insert(q->value(0).toLongLong(), out.size());
        out << readAcceptance(*q);
    }
    auto links = m_db.run(QStringLiteral("SELECT risk_acceptance_id, control_id FROM "
                                         "risk_acceptance_controls ORDER BY control_id"));
    if (!links)
        return links.error();
    while (links->next()) {
        const auto it = index.constFind(links->value(0).toLongLong());
        if (it != index.cend())
            out[*it].controlIds << links->value(1).toLongLong();
    }
    return out;
}

Result<std::optional<RiskAcceptance>> ControlRepository::acceptance(qint64 id) const
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM risk_acceptances a WHERE a.id = ?")
                          .arg(kAcceptanceColumns),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RiskAcceptance>();
    RiskAcceptance a = readAcceptance(*q);
    auto links = m_db.run(QStringLiteral("SELECT control_id FROM risk_acceptance_controls "
                                         "WHERE risk_acceptance_id = ? ORDER BY control_id"),
                          {id});
    if (!links)
        return links.error();
    while (links->next())
        a.controlIds << links->value(0).toLongLong();
    return std::optional<RiskAcceptance>(a);
}

Result<RiskAcceptance> ControlRepository::insertAcceptance(const RiskAcceptance &a)
{
    RiskAcceptance n = a;
    n.approver.clear();
    n.approvedOn = {};
    if (const QStringList problems = validateAcceptance(n); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    RiskAcceptance stored;
    Status st = m_db.transaction([&]() -> Status {
        QVariantList binds{idValue(n.findingId), idValue(n.componentId), toKey(n.response),
                           n.requester.trimmed(), dateKey(n.expiresOn), n.residualRisk,
                           n.rationale, Database::nowUtc()};
        QString columns = QStringLiteral("finding_id, component_id, response, requester, "
                                         "expires_on, residual_risk, rationale, updated_at");
        QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?");
        if (a.id > 0) { // restoring a deleted request under its old id (undo)
            columns.prepend(QLatin1String("id, "));
            marks.prepend(QLatin1String("?, "));
            binds.prepend(a.id);
        }
        auto q = m_db.run(
            QStringLiteral("INSERT INTO risk_acceptances (%1) VALUES (%2) RETURNING id")
                .arg(columns, marks),
            binds);
        if (!q)
            return q.error();
        if (!q->next())
            return fail(tr("The risk acceptance could not be stored."));
        const qint64 id = q->value(0).toLongLong();
        if (Status s = writeLinks(m_db, id, n.controlIds); !s)
            return s;
        auto reread = acceptance(id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("create"), kAcceptanceEntity, id, {},
                                     stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

Result<RiskAcceptance> ControlRepository::updateAcceptance(const RiskAcceptance &a)
{
    RiskAcceptance stored;
    Status st = m_db.transaction([&]() -> Status {
        auto current = acceptance(a.id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The risk acceptance was deleted by someone else."));
        const RiskAcceptance before = **current;
        if (before.rowVersion != a.rowVersion) {
            return conflict(tr("The risk acceptance was changed by someone else since you "
                               "opened it."));
        }
        RiskAcceptance n = a;
        if (sameApprovedContent(before, a)) {
            n.approver = before.approver; // approval is given by approveAcceptance() only
            n.approvedOn = before.approvedOn;
        } else {
            n.approver.clear();
            n.approvedOn = {};
        }
        if (const QStringList problems = validateAcceptance(n); !problems.isEmpty())
            return rejected(problems.join(QLatin1Char(' ')));
        auto q = m_db.run(QStringLiteral(
                              "UPDATE risk_acceptances SET finding_id = ?, component_id = ?, "
                              "response = ?, requester = ?, approver = ?, approved_at = ?, "
                              "expires_on = ?, residual_risk = ?, rationale = ?, updated_at = ?, "
                              "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                          {idValue(n.findingId), idValue(n.componentId), toKey(n.response),
                           n.requester.trimmed(),
                           n.approver.isEmpty() ? QVariant() : QVariant(n.approver),
                           dateValue(n.approvedOn), dateKey(n.expiresOn), n.residualRisk,
                           n.rationale, Database::nowUtc(), n.id, a.rowVersion});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The risk acceptance was changed by someone else."));
        if (Status s = writeLinks(m_db, n.id, n.controlIds); !s)
            return s;
        auto reread = acceptance(n.id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return AuditLog(m_db).append(QStringLiteral("update"), kAcceptanceEntity, n.id,
                                     before.toJson(), stored.toJson());
    });
    if (!st)
        return st.error();
    return stored;
}

Status ControlRepository::removeAcceptance(qint64 id, int expectedVersion)
{
    return m_db.transaction([&]() -> Status {
        auto current = acceptance(id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The risk acceptance was already deleted by someone else."));
        const RiskAcceptance before = **current;
        if (before.rowVersion != expectedVersion) {
            return conflict(tr("The risk acceptance was changed by someone else since you "
                               "opened it."));
        }
        if (before.isApproved()) {
            return rejected(tr("The risk acceptance was approved by %1 on %2 and cannot be "
                               "deleted; it ends on its expiry date (or edit it, which "
                               "withdraws the approval).")
                                .arg(before.approver, dateKey(before.approvedOn)));
        }
        auto q = m_db.run(QStringLiteral("DELETE FROM risk_acceptances WHERE id = ? AND "
                                         "row_version = ?"),
                          {id, expectedVersion});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The risk acceptance was changed by someone else."));
        return AuditLog(m_db).append(QStringLiteral("delete"), kAcceptanceEntity, id,
                                     before.toJson(), {});
    });
}

Result<RiskAcceptance> ControlRepository::approveAcceptance(qint64 id, int expectedVersion,
                                                            const QDate &approvedOn)
{
    RiskAcceptance stored;
    Status st = m_db.transaction([&]() -> Status {
        auto current = acceptance(id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The risk acceptance was deleted by someone else."));
        const RiskAcceptance before = **current;
        if (before.rowVersion != expectedVersion) {
            return conflict(tr("The risk acceptance was changed by someone else since you "
                               "opened it."));
        }
        if (before.isApproved()) {
            return usage(tr("The risk acceptance was already approved by %1 on %2.")
                             .arg(before.approver, dateKey(before.approvedOn)));
        }
        const QString approver = m_db.actor().trimmed();
        if (const QStringList problems = validateApproval(before, approver, approvedOn);
            !problems.isEmpty()) {
            return rejected(problems.join(QLatin1Char(' ')));
        }
        auto q = m_db.run(QStringLiteral("UPDATE risk_acceptances SET approver = ?, "
                                         "approved_at = ?, updated_at = ?, "
                                         "row_version = row_version + 1 "
                                         "WHERE id = ? AND row_version = ?"),
                          {approver, dateKey(approvedOn), Database::nowUtc(), id,
                           expectedVersion});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return conflict(tr("The risk acceptance was changed by someone else."));
        auto reread = acceptance(id);
        if (!reread)
            return reread.error();
        stored = **reread;
        if (Status s = AuditLog(m_db).append(QStringLiteral("approve"), kAcceptanceEntity, id,
                                             before.toJson(), stored.toJson());
            !s) {
            return s;
        }
        if (stored.findingId <= 0)
            return {};
        // The finding is now risk accepted.
        auto f = m_db.run(QStringLiteral("SELECT state FROM findings WHERE id = ?"),
                          {stored.findingId});
        if (!f)
            return f.error();
        if (!f->next())
            return {};
        const QString state = f->value(0).toString();
        const auto findingState = fromKey<AnalysisState>(state);
        if (!findingState || !isOpen(*findingState))
            return {}; // already accepted, or decided otherwise (resolved, not affected...)
        const QString now = Database::nowUtc();
        auto u = m_db.run(QStringLiteral("UPDATE findings SET state = ?, decided_by = ?, "
                                         "decided_at = ?, updated_at = ?, "
                                         "row_version = row_version + 1 WHERE id = ?"),
                          {toKey(AnalysisState::RiskAccepted), approver, now, now,
                           stored.findingId});
        if (!u)
            return u.error();
        return AuditLog(m_db).append(
            QStringLiteral("update"), kFindingEntity, stored.findingId,
            QJsonObject{{QStringLiteral("state"), state}},
            QJsonObject{{QStringLiteral("state"), toKey(AnalysisState::RiskAccepted)},
                        {QStringLiteral("risk_acceptance_id"), id}});
    });
    if (!st)
        return st.error();
    return stored;
}

Result<RiskAcceptance> ControlRepository::renewAcceptance(qint64 id, int expectedVersion,
                                                          const QDate &newExpiry)
{
    auto current = acceptance(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error(conflict(tr("The risk acceptance was deleted by someone else.")));
    RiskAcceptance renewed = **current;
    if (renewed.rowVersion != expectedVersion) {
        return Error(conflict(tr("The risk acceptance was changed by someone else since you "
                                 "opened it.")));
    }
    if (!newExpiry.isValid() || newExpiry <= renewed.expiresOn) {
        return Error(rejected(tr("A renewal must expire after the current expiry date (%1).")
                                  .arg(dateKey(renewed.expiresOn))));
    }
    renewed.expiresOn = newExpiry;
    return updateAcceptance(renewed); // the expiry changed: the approval is withdrawn
}

Result<LapseResult> ControlRepository::lapseExpired(const QDate &today)
{
    LapseResult result;
    Status st = m_db.transaction([&]() -> Status {
        const QString todayKey = dateKey(today);
        // Findings still accepted whose acceptance has expired, and those still covered by a
        // current approved one (which keeps them accepted).
        auto expired = m_db.run(QStringLiteral(
                                    "SELECT a.id, f.id, f.vulnerability_id, c.system_id "
                                    "FROM risk_acceptances a JOIN findings f ON f.id = a.finding_id "
                                    "JOIN components c ON c.id = f.component_id "
                                    "WHERE a.expires_on < ? AND f.state = 'risk_accepted' "
                                    "ORDER BY a.id"),
                                {todayKey});
        if (!expired)
            return expired.error();
        QList<LapseHit> hits;
        while (expired->next()) {
            hits << LapseHit{expired->value(0).toLongLong(), expired->value(1).toLongLong(),
                        expired->value(2).toLongLong(), expired->value(3).toLongLong()};
        }
        if (hits.isEmpty())
            return {};
        auto current = m_db.run(QStringLiteral("SELECT DISTINCT finding_id FROM risk_acceptances "
                                               "WHERE finding_id IS NOT NULL AND approver IS NOT "
                                               "NULL AND expires_on >= ?"),
                                {todayKey});
        if (!current)
            return current.error();
        QSet<qint64> covered;
        while (current->next())
            covered.insert(current->value(0).toLongLong());

        const QString now = Database::nowUtc();
        const QString actor = m_db.actor();
        QSet<qint64> done;
        QList<qint64> vulns;
        QList<qint64> systems;
        for (const LapseHit &h : std::as_const(hits)) {
            if (covered.contains(h.finding) || done.contains(h.finding))
                continue;
            auto u = m_db.run(QStringLiteral("UPDATE findings SET state = 'not_set', "
                                             "decided_by = ?, decided_at = ?, updated_at = ?, "
                                             "row_version = row_version + 1 "
                                             "WHERE id = ? AND state = 'risk_accepted'"),
                              {actor, now, now, h.finding});
            if (!u)
                return u.error();
            if (u->numRowsAffected() != 1)
                continue;
            done.insert(h.finding);
            result.findingIds << h.finding;
            if (!result.acceptanceIds.contains(h.acceptance))
                result.acceptanceIds << h.acceptance;
            if (!vulns.contains(h.vuln))
                vulns << h.vuln;
            if (!systems.contains(h.system))
                systems << h.system;
            if (Status s = AuditLog(m_db).append(
                    QStringLiteral("lapse"), kFindingEntity, h.finding,
                    QJsonObject{{QStringLiteral("state"), toKey(AnalysisState::RiskAccepted)}},
                    QJsonObject{{QStringLiteral("state"), toKey(AnalysisState::NotSet)},
                                {QStringLiteral("risk_acceptance_id"), h.acceptance},
                                {QStringLiteral("lapsed_on"), todayKey}});
                !s) {
                return s;
            }
        }
        if (result.findingIds.isEmpty())
            return {};
        auto recomputed = FindingRepository(m_db).recomputeDue(vulns, systems);
        if (!recomputed)
            return recomputed.error();
        return {};
    });
    if (!st)
        return st.error();
    return result;
}

// --- Cadences ---------------------------------------------------------------------------------

Result<CalendarUpdate> ControlRepository::applyCalendar(const QDate &today,
                                                       const CadencePolicy &policy)
{
    CalendarUpdate update;
    Status st = m_db.transaction([&]() -> Status {
        auto lapsed = lapseExpired(today);
        if (!lapsed)
            return lapsed.error();
        update.lapsed = *lapsed;
        auto created = ensureDefaultCadences(today, policy);
        if (!created)
            return created.error();
        update.cadencesCreated = *created;
        return {};
    });
    if (!st)
        return st.error();
    return update;
}

Result<QList<Cadence>> ControlRepository::cadences(qint64 systemId) const
{
    const QString where = systemId > 0 ? QStringLiteral(" WHERE k.system_id = ?") : QString();
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM cadences k%2 ORDER BY k.system_id, k.kind")
                          .arg(kCadenceColumns, where),
                      systemId > 0 ? QVariantList{systemId} : QVariantList{});
    if (!q)
        return q.error();
    QList<Cadence> out;
    while (q->next())
        out << readCadence(*q);
    return out;
}

Result<int> ControlRepository::ensureDefaultCadences(const QDate &today,
                                                     const CadencePolicy &policy)
{
    int created = 0;
    Status st = m_db.transaction([&]() -> Status {
        // The defaults of each criticality in use (defaultCadences() is the rule) as a table of
        // (criticality, kind, interval, first due), and the systems' missing ones inserted from
        // it in one statement: the first open after importing 5,000 systems writes 15,000
        // cadences, which bound one value at a time held the window's start-up for 100 ms.
        auto tiers = m_db.run(QStringLiteral("SELECT DISTINCT criticality FROM systems "
                                             "WHERE lifecycle_state <> 'retired'"));
        if (!tiers)
            return tiers.error();
        QStringList defaults;
        while (tiers->next()) {
            const int tier = tiers->value(0).toInt();
            // Every value is a number, an enum's key or an ISO date: written in, not bound, as
            // PostgreSQL cannot type a parameter inside VALUES.
            for (const Cadence &c : defaultCadences(0, tier, today, policy)) {
                defaults << QStringLiteral("(%1, '%2', %3, '%4')")
                                .arg(tier)
                                .arg(toKey(c.kind))
                                .arg(c.intervalDays)
                                .arg(dateKey(c.nextDue));
            }
        }
        if (defaults.isEmpty())
            return {};
        auto inserted = m_db.run(
            QStringLiteral("INSERT INTO cadences (system_id, kind, interval_days, next_due, "
                           "updated_at) "
                           "SELECT s.id, d.column2, d.column3, d.column4, '%1' "
                           "FROM systems s JOIN (VALUES %2) AS d ON d.column1 = s.criticality "
                           "WHERE s.lifecycle_state <> 'retired' AND NOT EXISTS ("
                           "SELECT 1 FROM cadences k WHERE k.system_id = s.id "
                           "AND k.kind = d.column2) "
                           "RETURNING system_id")
                .arg(Database::nowUtc(), defaults.join(QStringLiteral(", "))));
        if (!inserted)
            return inserted.error();
        QList<qint64> touched;
        while (inserted->next()) {
            touched << inserted->value(0).toLongLong();
            ++created;
        }
        if (created == 0)
            return {};
        std::sort(touched.begin(), touched.end());
        touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
        QJsonArray systemsTouched;
        for (qint64 id : std::as_const(touched))
            systemsTouched.append(id);
        return AuditLog(m_db).append(QStringLiteral("create"), kCadenceEntity, 0, {},
                                     QJsonObject{{QStringLiteral("defaults"), created},
                                                 {QStringLiteral("systems"), systemsTouched}});
    });
    if (!st)
        return st.error();
    return created;
}


Result<Cadence> ControlRepository::updateCadence(const Cadence &c, const QDate &today)
{
    if (const QStringList problems = validateCadence(c, today); !problems.isEmpty())
        return rejected(problems.join(QLatin1Char(' ')));
    Cadence stored;
    Status st = m_db.transaction([&]() -> Status {
        auto current = readOneCadence(m_db, c.id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The cadence was deleted by someone else."));
        const Cadence before = **current;
        if (before.rowVersion != c.rowVersion) {
            return conflict(tr("The %1 cadence was changed by someone else since you opened it.")
                                .arg(displayName(before.kind)));
        }
        Cadence n = before;
        n.intervalDays = c.intervalDays;
        n.note = c.note;
        if (n.lastDone.isValid())
            n.nextDue = nextDueDate(n.lastDone, n.intervalDays, today);
        if (Status s = writeCadence(m_db, before, n, QStringLiteral("update"), c.rowVersion); !s)
            return s;
        auto reread = readOneCadence(m_db, c.id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return {};
    });
    if (!st)
        return st.error();
    return stored;
}

Result<Cadence> ControlRepository::markCadenceDone(qint64 id, int expectedVersion,
                                                   const QDate &doneOn, const QString &note,
                                                   const QDate &today)
{
    if (!doneOn.isValid())
        return Error(rejected(tr("Marking a cadence done needs the date it was done.")));
    if (doneOn > today) {
        return Error(rejected(tr("The date done, %1, is in the future (today is %2).")
                                  .arg(dateKey(doneOn), dateKey(today))));
    }
    Cadence stored;
    Status st = m_db.transaction([&]() -> Status {
        auto current = readOneCadence(m_db, id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return conflict(tr("The cadence was deleted by someone else."));
        const Cadence before = **current;
        if (before.rowVersion != expectedVersion) {
            return conflict(tr("The %1 cadence was changed by someone else since you opened it.")
                                .arg(displayName(before.kind)));
        }
        Cadence n = markedDone(before, doneOn);
        n.note = note;
        if (Status s = writeCadence(m_db, before, n, QStringLiteral("done"), expectedVersion); !s)
            return s;
        auto reread = readOneCadence(m_db, id);
        if (!reread)
            return reread.error();
        stored = **reread;
        return {};
    });
    if (!st)
        return st.error();
    return stored;
}

Status ControlRepository::markMajorChange(qint64 systemId, const QDate &changedOn)
{
    if (!changedOn.isValid())
        return rejected(tr("A major change needs the date of the change."));
    return m_db.transaction([&]() -> Status {
        auto q = m_db.run(QStringLiteral("SELECT %1 FROM cadences k WHERE k.system_id = ? AND "
                                         "k.kind = ?")
                              .arg(kCadenceColumns),
                          {systemId, toKey(CadenceKind::VulnerabilityScan)});
        if (!q)
            return q.error();
        if (!q->next())
            return {};
        const Cadence before = readCadence(*q);
        const Cadence after = afterMajorChange(before, changedOn);
        if (after.nextDue == before.nextDue)
            return {};
        return writeCadence(m_db, before, after, QStringLiteral("major_change"),
                            before.rowVersion);
    });
}

Result<QList<DueItem>> ControlRepository::dueItems(const QDate &today, const QDate &until) const
{
    QList<DueItem> out;
    auto k = m_db.run(QStringLiteral("SELECT k.id, k.kind, k.next_due, k.row_version, s.id, "
                                     "s.code FROM cadences k JOIN systems s ON s.id = k.system_id "
                                     "WHERE k.next_due IS NOT NULL AND s.lifecycle_state <> "
                                     "'retired'"));
    if (!k)
        return k.error();
    while (k->next()) {
        DueItem d;
        d.source = DueItem::Source::Cadence;
        d.id = k->value(0).toLongLong();
        const auto kind = fromKey<CadenceKind>(k->value(1).toString());
        d.kind = k->value(1).toString();
        d.obligation = kind ? displayName(*kind) : d.kind;
        d.nextDue = dateOf(k->value(2));
        d.rowVersion = k->value(3).toInt();
        d.systemId = k->value(4).toLongLong();
        d.systemCode = k->value(5).toString();
        out << d;
    }
    auto c = m_db.run(QStringLiteral(
        "SELECT %1, s.id, s.code FROM controls c "
        "LEFT JOIN components cc ON cc.id = c.component_id "
        "LEFT JOIN findings f ON f.id = c.finding_id "
        "LEFT JOIN components fc ON fc.id = f.component_id "
        "LEFT JOIN systems s ON s.id = COALESCE(c.system_id, cc.system_id, fc.system_id) "
        "WHERE c.cadence_days IS NOT NULL AND c.next_due IS NOT NULL")
                          .arg(kControlColumns));
    if (!c)
        return c.error();
    while (c->next()) {
        const Control control = readControl(*c);
        if (!isInEffect(control, today) && !(control.validFrom.isValid() && control.validFrom > today))
            continue; // ended
        DueItem d;
        d.source = DueItem::Source::Control;
        d.id = control.id;
        d.kind = toKey(control.kind);
        d.obligation = control.title;
        d.nextDue = control.nextDue;
        d.rowVersion = control.rowVersion;
        d.systemId = c->value(15).toLongLong();
        d.systemCode = c->value(16).toString();
        out << d;
    }
    QList<DueItem> kept;
    for (DueItem &d : out) {
        d.overdue = isOverdue(d.nextDue, today);
        if (!until.isValid() || d.nextDue <= until)
            kept << d;
    }
    std::sort(kept.begin(), kept.end(), [](const DueItem &a, const DueItem &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.nextDue != b.nextDue)
            return a.nextDue < b.nextDue;
        if (a.systemCode != b.systemCode)
            return a.systemCode < b.systemCode;
        if (a.obligation != b.obligation)
            return a.obligation < b.obligation;
        return a.id < b.id;
    });
    return kept;
}

// --- Frozen-systems register ----------------------------------------------------------------------

Result<QList<FrozenRegisterRow>> ControlRepository::frozenRegister(const QDate &today) const
{
    auto horizons = SettingsRepository(m_db).lifecycleHorizons();
    if (!horizons)
        return horizons.error();
    // Only the frozen components' rows: reading every component's (100,000) to keep a few
    // hundred stalled the Frozen systems page for two seconds.
    auto frozen = LifecycleRepository(m_db).frozenRows();
    if (!frozen)
        return frozen.error();
    const QList<EoslItem> items = assessRows(*frozen, today, *horizons);

    // Accepted findings, and the component of every finding a control or acceptance names.
    auto af = m_db.run(QStringLiteral("SELECT f.id, f.component_id, c.system_id, v.identifier, "
                                      "v.title FROM findings f "
                                      "JOIN components c ON c.id = f.component_id "
                                      "JOIN vulnerabilities v ON v.id = f.vulnerability_id "
                                      "WHERE f.state = 'risk_accepted' ORDER BY v.identifier"));
    if (!af)
        return af.error();
    QHash<qint64, QList<AcceptedFindingRef>> acceptedByComponent;
    while (af->next()) {
        AcceptedFindingRef r{af->value(0).toLongLong(), af->value(1).toLongLong(),
                             af->value(2).toLongLong(), af->value(3).toString(),
                             af->value(4).toString()};
        acceptedByComponent[r.componentId] << r;
    }
    auto fc = m_db.run(QStringLiteral(
        "SELECT id, component_id FROM findings WHERE id IN (SELECT finding_id FROM controls "
        "WHERE finding_id IS NOT NULL UNION SELECT finding_id FROM risk_acceptances "
        "WHERE finding_id IS NOT NULL)"));
    if (!fc)
        return fc.error();
    QHash<qint64, qint64> componentOfFinding;
    while (fc->next())
        componentOfFinding.insert(fc->value(0).toLongLong(), fc->value(1).toLongLong());

    auto controlList = controls();
    if (!controlList)
        return controlList.error();
    auto acceptanceList = acceptances();
    if (!acceptanceList)
        return acceptanceList.error();

    // Indexed once, so that each row looks up its own (an estate has thousands of components).
    QHash<qint64, QList<qsizetype>> controlsOfComponent; // on it, or on one of its findings
    QHash<qint64, QList<qsizetype>> controlsOfSystem;    // on the system as a whole
    for (qsizetype i = 0; i < controlList->size(); ++i) {
        const Control &c = controlList->at(i);
        if (c.componentId > 0)
            controlsOfComponent[c.componentId] << i;
        else if (c.findingId > 0 && componentOfFinding.contains(c.findingId))
            controlsOfComponent[componentOfFinding.value(c.findingId)] << i;
        else if (c.findingId == 0 && c.systemId > 0)
            controlsOfSystem[c.systemId] << i;
    }
    QHash<qint64, QList<qsizetype>> acceptancesOfComponent;
    for (qsizetype i = 0; i < acceptanceList->size(); ++i) {
        const RiskAcceptance &a = acceptanceList->at(i);
        const qint64 comp = a.componentId > 0 ? a.componentId
                                              : componentOfFinding.value(a.findingId);
        if (comp > 0)
            acceptancesOfComponent[comp] << i;
    }

    QList<FrozenRegisterRow> out;
    out.reserve(items.size());
    for (const EoslItem &item : items) {
        FrozenRegisterRow row;
        row.eosl = item;
        const qint64 componentId = item.row.component.id;
        const qint64 systemId = item.row.component.systemId;
        row.systemFrozen = item.row.systemState == LifecycleState::Frozen;
        row.componentFrozen = item.row.decision.decision == UpgradeDecisionKind::Frozen;
        if (row.componentFrozen)
            row.reason = item.row.decision.note;
        row.acceptedFindings = acceptedByComponent.value(componentId);
        QList<qsizetype> mine = controlsOfComponent.value(componentId)
            + controlsOfSystem.value(systemId);
        std::sort(mine.begin(), mine.end());
        for (qsizetype i : std::as_const(mine)) {
            const Control &c = controlList->at(i);
            row.controls << c;
            if (c.nextDue.isValid() && isInEffect(c, today)
                && (!row.nextDue.isValid() || c.nextDue < row.nextDue)) {
                row.nextDue = c.nextDue;
            }
        }
        for (qsizetype i : acceptancesOfComponent.value(componentId))
            row.acceptances << acceptanceList->at(i);
        GapComponent gc{componentId, systemId, item.assessment.status,
                        item.row.lifecycle.extendedContract};
        QList<GapFinding> gf;
        for (const AcceptedFindingRef &r : std::as_const(row.acceptedFindings))
            gf << GapFinding{r.findingId, r.componentId, r.systemId};
        row.gaps = findGaps({gc}, gf, row.acceptances, row.controls, today);
        for (Gap &g : row.gaps) {
            if (g.systemId == 0)
                g.systemId = systemId;
            if (g.componentId == 0 && g.kind == GapKind::AcceptanceExpired)
                g.componentId = componentId;
        }
        out << row;
    }
    return out;
}

QList<Gap> distinctGaps(const QList<FrozenRegisterRow> &rows)
{
    QList<Gap> out;
    QSet<QString> seen;
    for (const FrozenRegisterRow &r : rows) {
        for (const Gap &g : r.gaps) {
            const QString key = QStringLiteral("%1/%2/%3/%4/%5")
                                    .arg(toKey(g.kind))
                                    .arg(g.kind == GapKind::ControlOverdue ? 0 : g.componentId)
                                    .arg(g.findingId)
                                    .arg(g.acceptanceId)
                                    .arg(g.controlId);
            if (!seen.contains(key)) {
                seen.insert(key);
                out << g;
            }
        }
    }
    return out;
}

Result<QList<Gap>> ControlRepository::gaps(const QDate &today) const
{
    auto rows = frozenRegister(today);
    if (!rows)
        return rows.error();
    return distinctGaps(*rows);
}

} // namespace pp
