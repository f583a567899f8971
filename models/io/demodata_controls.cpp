// The demo estate's compensating controls, risk acceptances and operational cadences (issue 6):
// frozen systems kept up properly (MFG-01), and the usual ones that are not (OT-01 with an
// overdue isolation check and an expired acceptance, QMS-01 with no support at all, EDI-02
// with support for the OS but not for the database). Dates count back from the day the demo
// is made, so that the register shows the same picture whenever it is created.
#include "models/io/demodata_p.h"

#include "models/storage/controlrepository.h"
#include "models/storage/database.h"
#include "models/tr.h"

#include <QHash>
#include <QRandomGenerator>

namespace pp::Internal {
namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

/// The stored estate, looked up by system code and product.
class EstateIndex
{
public:
    explicit EstateIndex(const QList<DemoStored> &stored)
    {
        for (const DemoStored &s : stored) {
            m_systems.insert(s.system.code, s.system.id);
            for (const Component &c : s.components)
                m_components.insert(s.system.code, c);
        }
    }
    qint64 system(const QString &code) const { return m_systems.value(code); }
    /// The first component of @p code whose product contains @p product.
    qint64 component(const QString &code, const QString &product) const
    {
        const QList<Component> all = m_components.values(code);
        for (auto it = all.crbegin(); it != all.crend(); ++it) { // values() is newest first
            if (it->product.contains(product, Qt::CaseInsensitive))
                return it->id;
        }
        return 0;
    }

private:
    QHash<QString, qint64> m_systems;
    QMultiHash<QString, Component> m_components;
};

struct ControlSpec
{
    const char *system;
    const char *product; ///< nullptr: the system as a whole
    ControlKind kind;
    const char *title;
    const char *owner;
    int cadenceDays; ///< 0: not periodic
    int lastDoneDaysAgo; ///< -1: never done
    const char *evidenceNote;
    int validForDays; ///< 0: open-ended
};

// Owners are the demo teams' people (demodata_systems.cpp).
const ControlSpec kControls[] = {
    // MFG-01: a frozen system kept safe properly.
    {"MFG-01", nullptr, ControlKind::VendorSupportContract,
        "個別保守契約 (株式会社サンプル製作所): OS・ミドルウェアを含む障害対応と脆弱性情報の提供",
        "鈴木 直樹", 365, 120, "契約更新済み。対象範囲に Windows Server 2012 R2 を含むことを確認。",
        245},
    {"MFG-01", nullptr, ControlKind::NetworkIsolation,
        "生産管理セグメントの VLAN 分離と ACL (MES・受発注EDI 以外からの通信を拒否)",
        "山本 浩二", 90, 30, "ACL 差分なし。許可ルール 12 件を棚卸し、不要ルールなし。", 0},
    {"MFG-01", nullptr, ControlKind::LogReview,
        "攻撃痕跡の確認: Windows イベントログ・IIS ログ・FW ログ (月次)", "小林 誠", 30, 25,
        "4625 (ログオン失敗) の急増なし。既知の攻撃パターン (CVE-2017-0144 等) の痕跡なし。", 0},
    {"MFG-01", "Struts", ControlKind::VirtualPatch,
        "WAF シグネチャで Struts 1 の ClassLoader 操作を遮断", "山本 浩二", 0, -1, "", 0},
    // OT-01: isolation checked late, support for the application only.
    {"OT-01", nullptr, ControlKind::NetworkIsolation,
        "制御ネットワークの物理分離 (一方向ゲートウェイ、USB 持ち込み禁止)", "吉田 哲也", 180,
        200, "一方向ゲートウェイの設定確認。USB ポート封印の点検 (全 14 台)。", 0},
    {"OT-01", "GENESIS64", ControlKind::VendorSupportContract,
        "ICONICS 代理店 個別保守契約 (GENESIS64 のみ、OS は対象外)", "石川 博", 365, 200,
        "契約書を確認。Windows 7 は保守対象外と明記されている。", 165},
    // QMS-01: monitoring only.
    {"QMS-01", nullptr, ControlKind::EnhancedMonitoring,
        "Zabbix で不正ログインとプロセス起動を監視", "山田 亮", 0, -1, "", 0},
    // EDI-02: Red Hat ELS for the OS; nothing for Oracle 11g.
    {"EDI-02", "Red Hat", ControlKind::VendorSupportContract,
        "Red Hat ELS (Extended Life Cycle Support) 契約", "鈴木 直樹", 365, 90,
        "ELS サブスクリプション有効。2028-06-30 まで。", 0},
    {"EDI-02", nullptr, ControlKind::LogReview,
        "JCA 手順通信サーバのアクセスログ確認 (月次)", "前田 一郎", 30, 20,
        "取引先 12 社以外からの接続なし。", 0},
};

struct AcceptanceSpec
{
    const char *system;
    const char *product;
    const char *requester;
    const char *approver; ///< nullptr: pending
    int approvedDaysAgo;
    int expiresInDays; ///< negative: already expired
    const char *residualRisk;
    const char *rationale;
    QList<int> controls; ///< indexes into kControls
};

const AcceptanceSpec kAcceptances[] = {
    {"MFG-01", "Windows Server", "鈴木 直樹", "清水 亜希子", 60, 120,
        "中: 分離セグメント内からの横展開のみ。外部からの到達経路なし。",
        "MES・受発注EDI との連携仕様が Windows Server 2012 R2 に依存し、2027 年度の生産管理"
        "システム刷新まで更新できない。個別保守契約・ACL・月次ログ確認で補う。",
        {0, 1, 2}},
    {"OT-01", "Windows 7", "石川 博", "清水 亜希子", 375, -10,
        "高: 保守切れ OS。物理分離のみで補っている。",
        "制御ベンダー認定構成のため OS を更新できない。次回のライン改修 (2027 年夏) で更新する。",
        {4}},
    {"QMS-01", "CentOS", "吉田 哲也", nullptr, 0, 90,
        "高: OS・DB とも保守終了。監視のみ。",
        "測定器ドライバが CentOS 7 でしか動作しない。メーカーに後継ドライバを問い合わせ中。",
        {6}},
};

} // namespace

Status addDemoControls(Database &db, const QList<DemoStored> &stored, const QDate &today,
                       quint32 seed)
{
    const EstateIndex index(stored);
    ControlRepository repo(db);
    const QString actor = db.actor();
    QList<Control> controls;
    for (const ControlSpec &spec : kControls) {
        Control c;
        c.systemId = index.system(QString::fromLatin1(spec.system));
        if (spec.product) {
            c.componentId = index.component(QString::fromLatin1(spec.system),
                                            QString::fromLatin1(spec.product));
        }
        if (c.systemId == 0 || (spec.product && c.componentId == 0)) {
            controls << Control{}; // the estate is too small to hold it (keeps indexes)
            continue;
        }
        if (c.componentId > 0)
            c.systemId = 0; // attached to the component
        c.kind = spec.kind;
        c.title = text(spec.title);
        c.owner = text(spec.owner);
        if (spec.cadenceDays > 0)
            c.cadenceDays = spec.cadenceDays;
        const int doneAgo = qMax(spec.lastDoneDaysAgo, 0);
        c.validFrom = today.addDays(-qMax(doneAgo, 400));
        if (spec.validForDays > 0)
            c.validUntil = today.addDays(spec.validForDays);
        auto made = repo.insertControl(c, today);
        if (!made)
            return made.error();
        Control kept = *made;
        if (spec.lastDoneDaysAgo >= 0) {
            ControlEvidence e;
            e.controlId = kept.id;
            e.doneOn = today.addDays(-spec.lastDoneDaysAgo);
            e.doneBy = c.owner;
            e.note = text(spec.evidenceNote);
            auto done = repo.addEvidence(e, kept.rowVersion, today);
            if (!done)
                return done.error();
            kept = *done;
        }
        controls << kept;
    }

    for (const AcceptanceSpec &spec : kAcceptances) {
        RiskAcceptance a;
        a.componentId = index.component(QString::fromLatin1(spec.system),
                                        QString::fromLatin1(spec.product));
        if (a.componentId == 0)
            continue;
        a.response = RiskResponse::Accept;
        a.requester = text(spec.requester);
        a.expiresOn = today.addDays(spec.expiresInDays);
        a.residualRisk = text(spec.residualRisk);
        a.rationale = text(spec.rationale);
        for (int i : spec.controls) {
            if (i < controls.size() && controls.at(i).id > 0)
                a.controlIds << controls.at(i).id;
        }
        auto request = repo.insertAcceptance(a);
        if (!request)
            return request.error();
        if (!spec.approver)
            continue;
        db.setActor(text(spec.approver)); // approvals are signed by a second person
        auto approved = repo.approveAcceptance(request->id, request->rowVersion,
                                               today.addDays(-spec.approvedDaysAgo));
        db.setActor(actor);
        if (!approved)
            return approved.error();
    }

    // The operational cadences, done at believable times: most on schedule, some late.
    if (auto made = repo.ensureDefaultCadences(today); !made)
        return made.error();
    auto cadences = repo.cadences();
    if (!cadences)
        return cadences.error();
    QRandomGenerator rng(seed ^ 0x5ca1ab1eu);
    for (const Cadence &k : std::as_const(*cadences)) {
        // One in twelve was never done, one in twelve is late; the rest were done in time.
        const int roll = int(rng.bounded(12));
        if (roll == 0)
            continue;
        const int ago = roll == 1 ? k.intervalDays + int(rng.bounded(60)) + 1
                                  : int(rng.bounded(quint32(k.intervalDays)));
        auto done = repo.markCadenceDone(k.id, k.rowVersion, today.addDays(-ago),
                                         Tr::tr("Done as planned (demo data)."), today);
        if (!done)
            return done.error();
    }
    return {};
}

} // namespace pp::Internal
