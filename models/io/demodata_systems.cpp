// The demo estate's teams, incident-response profiles and systems: a fictional Japanese
// manufacturer with a head office, factories, a B2B EDI, a customer portal run by an
// English-speaking digital team, and the usual frozen (塩漬け) corners.
#include "models/io/demodata_catalog.h"

namespace pp::Internal {
namespace {

constexpr auto kProd = Environment::Production;
constexpr auto kStaging = Environment::Staging;
constexpr auto kDev = Environment::Development;

constexpr auto kInternet = Exposure::Internet;
constexpr auto kInternal = Exposure::Internal;
constexpr auto kIsolated = Exposure::Isolated;

constexpr auto kActive = LifecycleState::Active;
constexpr auto kFrozen = LifecycleState::Frozen;
constexpr auto kRetiring = LifecycleState::Retiring;
constexpr auto kRetired = LifecycleState::Retired;

// Patch windows: the names of the maintenance windows below (systems.window_schedule).
constexpr const char *k2ndSunday = "月例 第2日曜 01:00-05:00";
constexpr const char *k1stSunday = "月例 第1日曜 00:00-04:00";
constexpr const char *k3rdSaturday = "月例 第3土曜 22:00-翌02:00";
constexpr const char *k4thTuesday = "ネットワーク 第4火曜 23:30-翌03:30";
constexpr const char *kWednesdays = "Digital weekly Wed 02:00-06:00";
constexpr const char *kThursdays = "毎週木曜 03:00-06:00";
constexpr const char *kFridays = "毎週金曜 19:00-23:00";
// Plant shutdowns only: the last Saturday of May (Golden Week), August (Obon) and December.
constexpr const char *kPlantShutdown = "工場停止日 (5・8・12月 最終土曜) 08:00-20:00";

// The windows, local time in Asia/Tokyo: name, RRULE, first start, minutes.
const DemoWindow kWindows[] = {
    {k2ndSunday, "FREQ=MONTHLY;BYDAY=2SU", "2024-01-14T01:00:00", 240},
    {k1stSunday, "FREQ=MONTHLY;BYDAY=1SU", "2024-01-07T00:00:00", 240},
    {k3rdSaturday, "FREQ=MONTHLY;BYDAY=3SA", "2024-01-20T22:00:00", 240},
    {k4thTuesday, "FREQ=MONTHLY;BYDAY=4TU", "2024-01-23T23:30:00", 240},
    {kWednesdays, "FREQ=WEEKLY;BYDAY=WE", "2024-01-03T02:00:00", 240},
    {kThursdays, "FREQ=WEEKLY;BYDAY=TH", "2024-01-04T03:00:00", 180},
    {kFridays, "FREQ=WEEKLY;BYDAY=FR", "2024-01-05T19:00:00", 240},
    {kPlantShutdown, "FREQ=YEARLY;BYMONTH=5,8,12;BYDAY=-1SA", "2024-05-25T08:00:00", 720},
};

// Indexed by DemoTeamId.
const DemoTeam kTeams[] = {
    {"情報システム部 基盤グループ", "基盤グループ長 斎藤 隆",
        "佐藤 健一 <k.sato@example.co.jp>|高橋 美咲 <m.takahashi@example.co.jp>|"
        "伊藤 大輔 <d.ito@example.co.jp>"},
    {"情報システム部 業務システムグループ", "業務システムグループ長 井上 誠司",
        "鈴木 直樹 <n.suzuki@example.co.jp>|田中 由美 <y.tanaka@example.co.jp>|"
        "渡辺 翔太 <s.watanabe@example.co.jp>"},
    {"情報システム部 ネットワークグループ", "ネットワークグループ長 森 康弘",
        "山本 浩二 <k.yamamoto@example.co.jp>|中村 彩 <a.nakamura@example.co.jp>"},
    {"情報セキュリティ室", "情報セキュリティ室長 清水 亜希子",
        "小林 誠 <m.kobayashi@example.co.jp>|加藤 理恵 <r.kato@example.co.jp>"},
    {"生産技術部 工場システム課", "工場システム課長 石川 博",
        "吉田 哲也 <t.yoshida@example.co.jp>|山田 亮 <r.yamada@example.co.jp>"},
    {"Digital Platform team", "Daniel Brooks, Head of Digital Platform",
        "Emily Carter <emily.carter@example.com>|Raj Patel <raj.patel@example.com>|"
        "Takuya Kimura <takuya.kimura@example.com>"},
    {"Data & Analytics team", "Sophie Laurent, Data & Analytics lead",
        "Lucas Martin <lucas.martin@example.com>|Saori Matsumoto <saori.matsumoto@example.com>"},
    {"情報システム部 運用管理グループ (運用委託)", "運用管理グループ長 岡田 修",
        "運用センター 当番 <noc@example.co.jp>|前田 一郎 <i.maeda@example.co.jp>"},
};

// Indexed by DemoProfileId.
const DemoProfile kProfiles[] = {
    // Business
    {"ウイルス対策ソフトの検知や不審な挙動を確認したら、該当サーバを業務 VLAN から切り離す "
     "(仮想マシンは仮想 NIC を切断)。電源は落とさずメモリを保全し、"
     "利用部門へ業務停止の可能性を連絡する。",
        "1. 一次対応: %1\n2. %2\n3. CSIRT (csirt@example.co.jp)\n4. %3\n"
        "業務影響がある場合は業務部門長へ報告",
        "日次バックアップ (14 世代) から復元する。復元前にバックアップをマルウェアスキャンし、DB "
        "はアーカイブログで障害直前まで戻す。",
        "EDR のタイムライン、Windows イベントログまたは /var/log/secure、DB 監査ログを確認し、"
        "侵入経路とデータ持ち出しの有無を調べる。結果は CSIRT の痕跡確認シートに記録する。",
        "サーバ・DB 監査ログ %1 日 (SIEM で検索可能)",
        "%1 年 (圧縮してバックアップ基盤に保管)。会計・人事関連は法定保存期間 (最長 7 年) "
        "に合わせる"},
    // WebJa
    {"WAF で攻撃元を遮断し、改ざんが疑われる場合はロードバランサでメンテナンスページに切り替える。"
     "公開停止の判断は事業部・広報部と協議する。",
        "1. %1\n2. %2\n3. CSIRT (csirt@example.co.jp)\n4. %3\n"
        "5. 個人情報漏えいの可能性があれば法務部・個人情報保護管理者",
        "アプリケーションとコンテンツはリポジトリから再デプロイし、DB "
        "はポイントインタイムリカバリで戻す。改ざん箇所を特定してから公開を再開する。",
        "アクセスログと WAF ログで攻撃の成否 (ステータスコード・応答サイズ) を確認する。Web "
        "シェルの有無は改ざん検知のハッシュ比較で確認する。",
        "アクセスログ・WAF ログ %1 日", "%1 年 (圧縮してオブジェクトストレージに保管、遡及調査用)"},
    // WebEn
    {"Block the offending sources at the WAF, roll the affected deployment back to the last "
     "known-good image and keep the pods' logs. Post a status-page notice if customers are "
     "affected.",
        "1. On-call engineer: %1\n2. %2\n3. CSIRT (csirt@example.co.jp)\n4. %3\n"
        "5. Legal and the privacy officer if customer data may be exposed",
        "Redeploy from the signed images in the registry, restore the database by point-in-time "
        "recovery and rotate every secret the service can read.",
        "Review CDN, WAF and application logs for the exploitation attempt and its outcome; "
        "compare running image digests with the registry; check CloudTrail for use of the "
        "service's IAM role.",
        "Application, CDN and WAF logs: %1 days, searchable",
        "%1 years, compressed in S3 Glacier Deep Archive with object lock"},
    // Perimeter
    {"不審な管理者ログイン・設定変更・未知のプロセスを検知したら、管理インタフェースへのアクセスを"
     "遮断し、設定とログを保全する。必要なら HA の待機系へ切り替える。",
        "1. %1\n2. %2\n3. CSIRT (csirt@example.co.jp)\n"
        "4. %3 (製品ベンダーへのエスカレーションを依頼)",
        "ベンダー推奨の修正版を適用し、保管済みのコンフィグから再構成する。管理者と VPN "
        "利用者のパスワード・証明書を再発行する。",
        "機器のシステムログ・設定変更履歴・セッションログを、ベンダー公開の IoC (不審ファイル、"
        "ログパターン) と照合する。VPN 経由で接続した端末の通信を SIEM で追跡する。",
        "機器ログを syslog で SIEM に転送し %1 日保持",
        "%1 年 (圧縮)。接続ログは内部不正の調査にも使うため長期保管"},
    // Directory
    {"不審な特権アカウントの利用を検知したら、そのアカウントを無効化する。認証停止を避けるため "
     "DC はネットワークから切り離さず、管理用ホスト以外からの RDP を遮断する。",
        "1. %1\n2. %2\n3. CSIRT (csirt@example.co.jp)\n4. %3\n"
        "全社影響がある場合は情報システム部長から経営層へ報告",
        "システム状態バックアップから DC を復元する (フォレスト回復手順書)。復元後に krbtgt を 2 "
        "回リセットし、特権アカウントのパスワードを変更する。",
        "DC のセキュリティログ (4624/4672/4769 など) と Defender for Identity のアラートで、"
        "横展開と権限昇格の痕跡を調べる。GPO とグループメンバーシップの変更履歴を比較する。",
        "DC セキュリティログ %1 日 (SIEM)", "%1 年 (圧縮)。特権アカウントの利用記録は監査対応用"},
    // Plant
    {"制御 LAN と情報系 LAN の接続点 (ファイアウォール) を遮断し、ラインは手動運転に切り替える。"
     "端末の電源は切らずに工場長と生産技術部へ連絡する。",
        "1. 工場当番 → %1\n2. %2\n3. CSIRT (csirt@example.co.jp)\n4. %3 (現地対応を依頼)\n"
        "生産停止の判断は工場長",
        "ベンダー提供のイメージから端末を再構築し、PLC プログラムは工場保管の原本から書き戻す。"
        "持ち込み媒体は検疫用 PC でスキャンしてから使う。",
        "ファイアウォールの通信ログで制御 LAN の外への通信を確認する。"
        "端末はオフラインスキャナで検査し、USB 接続履歴 (レジストリ) を確認する。",
        "ファイアウォール・端末ログ %1 日 (工場内ログサーバ)",
        "%1 年 (月次で本社のログ管理基盤へ圧縮転送)"},
    // Frozen
    {"上流スイッチのポートを閉塞して隔離する。更新できない構成のため、駆除より隔離と被害範囲の特定"
     "を優先する。依存する連携システムの担当者に連携停止を連絡する。",
        "1. %1\n2. %2\n3. CSIRT (csirt@example.co.jp)\n4. %3\n5. 依存する連携システムの担当者",
        "週次のイメージバックアップから復元する。"
        "OS・ミドルウェアのインストール媒体は保守契約先が保管。復元後も補完的な措置 "
        "(通信制限・定期ログ確認) を続ける。",
        "補完的な措置として毎週行っているログ確認 (許可外の通信、ログイン失敗、既知の攻撃パターン) "
        "を臨時に実施し、前回の確認以降の差分を調べる。",
        "%1 日 (サーバ内、週次でログ管理基盤へ転送)",
        "%1 年 (圧縮)。リスク受容の根拠となるログ確認記録も同じ期間保管"},
    // Saas
    {"不正ログインが疑われる場合は該当アカウントを停止し、全ユーザのセッションを無効化する。"
     "SaaS 事業者のステータスページとセキュリティ告知を確認する。",
        "1. %1\n2. %2\n3. CSIRT (csirt@example.co.jp)\n4. %3",
        "SaaS 側のデータ復旧は事業者の SLA に従う。連携用のサーバと API キーは作り直し、SAML "
        "の証明書を更新する。",
        "SaaS の監査ログ (ログイン履歴・データエクスポート) と Entra ID "
        "のサインインログを突き合わせ、不審な IP や時間帯のアクセスを確認する。",
        "SaaS 監査ログを日次で取得し %1 日保持",
        "%1 年 (圧縮)。事業者の保持期間を超える分は自社で保管"},
    // Infrastructure
    {"管理ネットワークからの不審な操作を検知したら、該当する管理者アカウントを停止し、管理経路を"
     "踏み台サーバ経由だけに絞る。基盤の停止は全システムに影響するため部長が判断する。",
        "1. %1\n2. %2\n3. CSIRT (csirt@example.co.jp)\n4. %3\n"
        "影響を受ける全システムのオーナーへ一斉連絡",
        "設定バックアップと構築手順書から再構築し、データはオフライン (イミュータブル) "
        "側のバックアップから戻す。ランサムウェアなら感染前の世代を特定してから復元する。",
        "管理操作ログ・認証ログ・設定変更履歴を、踏み台サーバの操作録画と突き合わせる。"
        "バックアップの改ざん・削除の有無も確認する。",
        "%1 日 (SIEM)", "%1 年 (圧縮、イミュータブルストレージ)"},
    // Mail
    {"マルウェア添付や不審なリンクのメールを検知したら、同じ件名・送信元のメールを全メールボックス"
     "から削除し、送信元をブロックする。開封者の端末は EDR で隔離する。",
        "1. %1\n2. %2\n3. CSIRT (csirt@example.co.jp)\n4. %3\n"
        "全社への注意喚起は情報セキュリティ室が発信",
        "ゲートウェイは構成バックアップから再構築し、"
        "メールボックスはバックアップまたは保持ポリシーから復元する。",
        "メッセージトレースとゲートウェイのログで配送先を確認し、URL "
        "のクリック有無をプロキシログで確認する。",
        "メッセージトレース・配送ログ %1 日", "%1 年 (圧縮)。送受信記録は内部統制のため保管"},
    // PlatformEn
    {"Cordon and drain the affected nodes, isolate suspicious pods with a deny-all network policy "
     "and snapshot the node volumes before deleting anything. Freeze deployments in Argo CD.",
        "1. On-call SRE: %1\n2. %2\n3. CSIRT (csirt@example.co.jp)\n4. %3\n"
        "Tenant teams are told in #platform-incidents",
        "Rebuild nodes from the golden image and let Argo CD resync the cluster from Git; restore "
        "persistent volumes from Velero backups; rotate cluster credentials and service-account "
        "tokens.",
        "Check the Kubernetes audit log for unexpected exec, secret reads and RBAC changes; "
        "compare running image digests with Harbor; review node-level auth logs.",
        "Audit and container logs: %1 days", "%1 years, compressed in object storage"},
    // DataEn
    {"Pause all DAGs, revoke the credentials the pipelines use and block outbound transfers from "
     "the warehouse while the scope is assessed.",
        "1. %1\n2. %2\n3. CSIRT (csirt@example.co.jp)\n4. %3\n"
        "5. The data protection officer if personal data is involved",
        "Restore the warehouse from automated snapshots and rerun the pipelines from the raw zone, "
        "which is immutable; re-issue BI credentials.",
        "Review the warehouse query history and UNLOAD/export events, the scheduler's task logs "
        "and CloudTrail for unusual data access or credential use.",
        "Query and pipeline logs: %1 days", "%1 years, compressed, object lock"},
};

// The head office estate. The default demo takes the first 40; larger ones add the rest and
// then site copies of the perSite systems.
const DemoSystem kSystems[] = {
    {"ERP-01", "基幹会計システム",
        "SAP S/4HANA による会計・販売・購買の基幹業務。月次決算・連結決算で全社が利用する。", Apps,
        1, kProd, kInternal, kActive, k2ndSunday, Business,
        "SAP サポート (Enterprise Support) / 導入ベンダー 株式会社サンプルコンサルティング",
        "締め処理中は経理部長の了承なく停止しない。",
        "rhel8:4-6 hana:2 s4hana sapwebdisp:2 jp1ajs3:2 ws2019:2 svf hulft8:2 zabbixagent:6-8 "
        "irmc:2 ?dsa:6-8 ?python39:2 ?veeamagent:2",
        false},
    {"MFG-01", "生産管理システム",
        "生産計画・所要量計算・工程管理。MES と受発注EDI がこのシステムの DB "
        "とファイル連携に依存するため、OS とミドルウェアを更新できない (塩漬け)。",
        Factory, 1, kProd, kInternal, kFrozen, kPlantShutdown, Frozen,
        "株式会社サンプル製作所 (個別保守契約、平日 9-17 時)",
        "MES・受発注EDI へのファイル連携を止め、工場へ手配方法 (紙の指示書) への切替を連絡する。",
        "ws2012r2:3 mssql2014 iis85 tomcat85:2 oraclejre8:3 struts1 log4j1 mfgapp hulft7 "
        "expressscope:3 ?zabbixagent:3",
        false},
    {"WEB-01", "Customer portal",
        "Order tracking, invoices and support tickets for business customers; React front end, "
        "Node.js back end on Amazon EKS.",
        Digital, 2, kProd, kInternet, kActive, kWednesdays, WebEn,
        "AWS Enterprise Support; Sample Digital Inc. (development partner)",
        "Switch the portal to read-only mode so that customers keep seeing their orders.",
        "eks129 node18:6-10 nextjs nginx126:2-4 redis72:3 rdspg15 cloudfront awswaf datadog s3 "
        "glacier ?python311",
        false},
    {"VPN-01", "VPN gateway",
        "Remote access for employees and vendors (FortiGate SSL-VPN, MFA by Entra ID).", Network, 1,
        kProd, kInternet, kActive, k4thTuesday, Perimeter,
        "株式会社サンプルネットワークス (Fortinet 代理店保守、24 時間)",
        "保守ベンダーの接続アカウントを先に停止する。",
        "fortios72:2 forticlientems fortianalyzer ws2022 mssql2019 entra ?zabbixagent", false},
    {"AD-01", "Active Directory", "社内認証基盤 (corp.example.co.jp)。DC 6 台、Entra ID と同期。",
        Infra, 1, kProd, kInternal, kActive, k2ndSunday, Directory, "Microsoft Unified サポート",
        "", "ws2019:4 ws2022:2 entraconnect mdi dsa:6 zabbixagent:6 ?veeamagent:2", false},
    {"EDI-01", "受発注EDI",
        "取引先約 300 社との受発注・出荷・請求データ交換 (Web-EDI と HULFT)。"
        "生産管理システムへ連携。",
        Apps, 1, kProd, kInternet, kActive, k2ndSunday, WebJa,
        "株式会社サンプルシステムズ 保守窓口", "取引先へ EDI 停止と FAX 受注への切替を連絡する。",
        "rhel8:2-4 httpd:2 tomcat9:2-4 temurin11:2-4 log4j2 spring pg13:2 asteria hulft8:2 ediapp "
        "zabbixagent:4-6 dsa:4-6 ?python39 ?bigip:2",
        false},
    {"OT-01", "ライン監視SCADA",
        "第1工場の組立ライン監視と稼働実績収集。制御ベンダー認定構成のため更新不可。", Factory, 2,
        kProd, kIsolated, kFrozen, kPlantShutdown, Plant,
        "ICONICS 代理店 株式会社サンプル制御 (個別保守契約)", "",
        "win7:3 win10ltsc:2-4 genesis64 melsec:8-16 mssql2008r2 alliedsw:2-4 ?kepware", false},
    {"HR-01", "人事給与システム", "人事・給与・年末調整。給与振込データを全銀形式で銀行へ送る。",
        Apps, 2, kProd, kInternal, kActive, k3rdSaturday, Business,
        "株式会社サンプルHRソリューションズ サポートセンター",
        "給与計算期間中は人事部長へ即時連絡する。",
        "ws2019:3 mssql2019:2 iis10:2 dotnet48:3 hrapp svf hulft8 dsa:5 veeamagent:3 "
        "?zabbixagent:5",
        false},
    {"WEB-02", "Corporate website",
        "コーポレートサイト (www.example.co.jp)。IR 情報・製品情報・採用。", Digital, 3, kProd,
        kInternet, kActive, kWednesdays, WebJa, "株式会社サンプルクリエイティブ (サイト運用保守)",
        "CloudFront で静的なお知らせページに切り替える。",
        "amzn2023:2 nginx126:2 php81:2 wordpress rdsmysql80 cloudfront awswaf s3 ?zabbixagent:2",
        false},
    {"QMS-01", "品質管理システム",
        "検査データの収集とトレーサビリティ。測定器ドライバが CentOS 7 でしか動かず移行できない "
        "(塩漬け)。",
        Factory, 3, kProd, kInternal, kFrozen, k1stSunday, Frozen,
        "社内対応 (開発元の保守は終了、測定器メーカーのサポートのみ)", "",
        "centos7:2 openjdk8:2 httpd tomcat7 pg11 python36 qmsapp expressscope:2 ?zabbixagent:2",
        false},
    {"NET-01", "インターネット境界ファイアウォール", "本社のインターネット境界と DMZ。", Network, 1,
        kProd, kInternet, kActive, k4thTuesday, Perimeter,
        "株式会社サンプルネットワークス (Palo Alto Networks / F5 代理店保守)",
        "Panorama から該当ルールを無効化し、変更履歴を保全する。",
        "panos111:2 panos102:2 panorama iosxe1712:2 bigip:2", false},
    {"MES-01", "製造実行システム", "作業指示・実績収集・設備稼働監視 (第1工場)。", Factory, 2,
        kProd, kIsolated, kActive, kPlantShutdown, Plant,
        "株式会社サンプルファクトリーソリューションズ 保守窓口", "",
        "ws2019:2 mssql2019 mesapp kepware win10ltsc:4-10 melsec:6-12 fortios70 dsa:2 ?irmc:2",
        true},
    {"WMS-01", "在庫管理システム", "倉庫のロケーション管理・入出庫・棚卸 (関東物流センター)。",
        Apps, 2, kProd, kInternal, kActive, k2ndSunday, Business,
        "株式会社サンプルロジテック 保守窓口",
        "出荷締め時刻 (15 時) 前なら物流センター長に出荷方法を確認する。",
        "ws2016:2 mssql2016 iis10 dotnet48:2 wmsapp handyterm:10-20 dsa:2 veeamagent:2 "
        "?zabbixagent:2",
        true},
    {"EDI-02", "旧EDI (JCA手順)",
        "JCA 手順で発注データを受ける旧 EDI。流通BMS へ移行していない取引先 12 社のために残す "
        "(塩漬け)。",
        Apps, 2, kProd, kInternal, kFrozen, k2ndSunday, Frozen,
        "Red Hat サポート (ELS) / 株式会社サンプル通信 (個別保守)", "",
        "rhel7:2 oracle11g hulft7 ediold openjdk8 irmc:2 ?zabbixagent:2", false},
    {"MAIL-01", "メールゲートウェイ",
        "社外メールの中継とウイルス・スパム対策、PPAP 対策 (HENNGE One)。", Infra, 2, kProd,
        kInternet, kActive, k3rdSaturday, Mail, "トレンドマイクロ 代理店保守 / HENNGE サポート", "",
        "rhel9:2 postfix:2 imsva:2 hennge dsa:2 zabbixagent:2", false},
    {"MAIL-02", "メールシステム (Exchange)", "オンプレミスの Exchange。Exchange Online へ移行中。",
        Infra, 2, kProd, kInternal, kRetiring, k2ndSunday, Mail, "Microsoft Unified サポート", "",
        "ws2016:4 exchange2016:4 exo dsa:4 veeamagent:4", false},
    {"PORTAL-01", "社内ポータル", "グループウェア (Garoon)。掲示板・スケジュール・ワークフロー。",
        Apps, 3, kProd, kInternal, kActive, k3rdSaturday, Business,
        "サイボウズ オフィシャルパートナー 株式会社サンプルウェア", "",
        "ws2019:2 garoon mysql80 iis10 box entra dsa:2 ?zabbixagent:2", false},
    {"CTI-01", "コールセンターCTI", "お客様相談室の CTI (BIZTEL) と通話録音、Service Cloud 連携。",
        Apps, 2, kProd, kInternal, kActive, k2ndSunday, Business,
        "BIZTEL サポート / 株式会社サンプルボイス", "通話録音を止める前に相談室長へ連絡する。",
        "biztel sfservice ws2016:2 mssql2016 recapp node16 dsa:2 veeamagent:2 ?zabbixagent:2",
        false},
    {"LMS-01", "e-Learning", "社員研修・コンプライアンス教育 (Moodle)。社外からも受講できる。",
        Apps, 4, kProd, kInternet, kActive, kWednesdays, WebJa,
        "Moodle パートナー 株式会社サンプルラーニング", "",
        "ubuntu2204:2 nginx124 php81 moodle mysql80 s3 ?redis62 ?entra ?zabbixagent:2", false},
    {"EXP-01", "経費精算", "経費精算 SaaS (楽楽精算) と会計システムへの仕訳連携。", Apps, 3, kProd,
        kInternet, kActive, "", Saas, "楽楽精算 サポートセンター", "",
        "rakuraku entra ws2022 python311 expbatch dsa ?zabbixagent", false},
    {"DWH-01", "Data warehouse",
        "Sales, production and quality data for management reporting (Redshift, Airflow, Tableau).",
        Data, 3, kProd, kInternal, kActive, kThursdays, DataEn,
        "AWS Enterprise Support; Tableau Premier Support", "",
        "redshift airflow python38:2-4 ubuntu2004:2 tableau:2 ws2022:2 s3 entra ?pg15", false},
    {"K8S-01", "Kubernetes platform",
        "Shared container platform for in-house services (on-premises, Ubuntu nodes).", Digital, 2,
        kProd, kInternal, kActive, kThursdays, PlatformEn,
        "Canonical Ubuntu Pro support; in-house SRE", "",
        "ubuntu2204:6-12 k8s128 containerd:6-12 ingressnginx:2 harbor argocd grafana idrac9:6-12 "
        "?prometheus ?redis72:3",
        false},
    {"K8S-02", "Kubernetes platform (staging)",
        "Staging cluster; upgrades are validated here first.", Digital, 3, kStaging, kInternal,
        kActive, kThursdays, NoProfile, "", "",
        "ubuntu2404:3-4 k8s130 containerd:3-4 ingressnginx harbor idrac9:3-4 ?argocd", false},
    {"DEV-01", "開発基盤 (GitLab / Jenkins)", "ソース管理・CI・成果物リポジトリ。", Digital, 3,
        kDev, kInternal, kActive, kFridays, NoProfile, "", "",
        "ubuntu2204:3 gitlab jenkins temurin17:2 pg16 nexus dsa:3 ?sonarqube ?node20:2", false},
    {"VM-01", "仮想化基盤 (vSphere)",
        "本社データセンターの仮想化基盤。社内システムの大半が稼働する。", Infra, 1, kProd,
        kInternal, kActive, k1stSunday, Infrastructure,
        "Broadcom (VMware) サポート / デル・テクノロジーズ ProSupport",
        "vCenter の管理者セッションをすべて切断する。",
        "esxi7:8-12 esxi8:6-10 vcenter idrac9:14-20 ontap:2 ?ilo5:4", false},
    {"BKP-01", "バックアップ基盤", "仮想マシン・ファイルサーバのバックアップとテープへの二次保管。",
        Infra, 2, kProd, kInternal, kActive, k1stSunday, Infrastructure,
        "Veeam 代理店保守 / HPE 保守", "バックアップジョブの削除・保持期間変更を一時的に禁止する。",
        "ws2022:3 veeam idrac9:3 ltotape glacier ?zabbixagent:3", false},
    {"MON-01", "統合監視",
        "サーバ・ネットワーク・ジョブの監視 (Zabbix)。運用委託先が 24 時間監視。", Operations, 2,
        kProd, kInternal, kActive, k3rdSaturday, Infrastructure,
        "運用委託先 株式会社サンプルITサービス", "",
        "rhel9:3 zabbix pg15 grafana httpd php81 dsa:3 ?ilo5:3", false},
    {"SIEM-01", "ログ管理基盤 (SIEM)", "全システムのログ集約・相関分析・長期保管。", Security, 2,
        kProd, kInternal, kActive, k3rdSaturday, Infrastructure, "Elastic サポート (Gold)",
        "ログの削除権限を持つアカウントを一時停止する。",
        "debian12:3-5 elasticsearch:3-5 kibana logstash:2 glacier dsa:3-5 ?temurin17:2", false},
    {"AV-01", "ウイルス対策管理",
        "Apex One (クライアント) と Deep Security (サーバ) の管理サーバ。", Security, 2, kProd,
        kInternal, kActive, k2ndSunday, Infrastructure, "トレンドマイクロ ビジネスサポートセンター",
        "", "ws2019:2 apexone dsm mssql2019 iis10 zabbixagent:2 veeamagent:2", false},
    {"SSO-01", "統合認証基盤 (SSO)", "社外向けサービスのシングルサインオン (Keycloak)。", Security,
        2, kProd, kInternet, kActive, kWednesdays, Directory, "Red Hat サポート", "",
        "rhel9:2 keycloak:2 temurin21:2 pg16 httpd:2 dsa:2 ?zabbixagent:2", false},
    {"BST-01", "踏み台サーバ", "サーバ・ネットワーク機器への特権アクセスの経路。操作は録画する。",
        Security, 2, kProd, kInternal, kActive, k2ndSunday, Infrastructure, "社内対応", "",
        "ubuntu2204:2 openssh:2 ws2022:2 guacamole tomcat9 dsa:4 ?zabbixagent:4", false},
    {"FS-01", "ファイルサーバ", "部門共有フォルダ (NetApp) と社外共有 (Box)。", Infra, 3, kProd,
        kInternal, kActive, k2ndSunday, Infrastructure, "NetApp 代理店保守",
        "ランサムウェアの場合は共有を読み取り専用に切り替え、スナップショットを保護する。",
        "ws2019:2 ontap:2 box idrac9:2 dsa:2 ?veeamagent:2", true},
    {"PRX-01", "インターネットプロキシ", "社内からのインターネット閲覧 (Squid + i-FILTER)。",
        Network, 2, kProd, kInternal, kActive, k4thTuesday, Perimeter, "デジタルアーツ 代理店保守",
        "", "rhel9:2-3 squid:2-3 ifilter:2-3 dsa:2-3 ?idrac9:2", false},
    {"VDI-01", "仮想デスクトップ (VDI)", "在宅勤務・委託先向けの仮想デスクトップ。", Infra, 2,
        kProd, kInternet, kActive, k3rdSaturday, Perimeter,
        "Citrix 代理店保守 (株式会社サンプルネットワークス)", "",
        "netscaler:2 cvad ws2019:8-16 mssql2019 fslogix dsa:8-16 entra idrac9:4-8 ?ws2022:2",
        false},
    {"FT-01", "ファイル連携基盤", "取引先・委託先とのファイル授受 (MOVEit Transfer)。", Apps, 2,
        kProd, kInternet, kActive, kWednesdays, WebJa,
        "Progress サポート / 株式会社サンプルシステムズ", "取引先へファイル授受の停止を連絡する。",
        "ws2019:2 moveit:2 mssql2019 iis10 dotnet48:2 dsa:2 veeamagent:2 ?zabbixagent:2", false},
    {"ERP-02", "基幹会計システム (検証)",
        "基幹会計の検証環境。SAP ノートと OS パッチを本番前に適用する。", Apps, 4, kStaging,
        kInternal, kActive, k1stSunday, NoProfile, "", "",
        "rhel8:2 hana s4hana jp1ajs3 ws2019 svf ?zabbixagent:2", false},
    {"NET-02", "社内ネットワーク",
        "本社 LAN (コア・フロアスイッチ)、拠点 WAN ルータ、認証スイッチ。", Network, 2, kProd,
        kInternal, kActive, k3rdSaturday, Infrastructure,
        "シスコ 代理店保守 (Smart Net Total Care)", "",
        "iosxe179:12-20 iosxe1712:2 yamahartx:8-15 ise:2 alliedsw:4-8", true},
    {"PROC-01", "購買管理", "間接材の購買申請・承認・発注。", Apps, 3, kProd, kInternal, kActive,
        k2ndSunday, Business, "株式会社サンプルシステムズ 保守窓口", "",
        "rhel8:2 httpd tomcat9:2 temurin11:2 struts2 log4j2 pg12 procapp dsa:2 ?zabbixagent:2",
        false},
    {"VPN-02", "旧リモートアクセス (Ivanti)", "旧 SSL-VPN。委託先 3 社の移行が終わり次第停止する。",
        Network, 2, kProd, kInternet, kRetiring, k4thTuesday, Perimeter,
        "代理店保守 (2027 年 3 月で契約終了)", "", "ivanti:2 ws2016 entra ?dsa ?zabbixagent",
        false},
    {"DOC-01", "旧文書管理システム",
        "2024 年に社内ポータルへ移行済み。監査対応のため読み取り専用で保管。", Apps, 4, kProd,
        kInternal, kRetired, "", NoProfile, "", "", "ws2008r2:2 mssql2008r2 iis75 docapp", false},

    // Beyond the default 40
    {"JOB-01", "統合ジョブ管理", "夜間バッチとシステム間連携のジョブ管理 (JP1)。", Operations, 2,
        kProd, kInternal, kActive, k2ndSunday, Infrastructure, "日立 JP1 サポートサービス", "",
        "rhel8:2 jp1ajs3:2 jp1im ?python39 ?zabbixagent:2", false},
    {"DNS-01", "外部DNS", "example.co.jp の権威 DNS。", Network, 2, kProd, kInternet, kActive,
        k4thTuesday, Perimeter, "社内対応", "", "rhel8:2 bind:2 route53 ?dsa:2", false},
    {"SFA-01", "営業支援 (SFA)", "商談・案件管理 (Sales Cloud) と基幹システムとのデータ連携。",
        Apps, 3, kProd, kInternet, kActive, "", Saas, "Salesforce Premier サポート", "",
        "sfsales entra ws2022 asteria ?zabbixagent", false},
    {"PDM-01", "設計データ管理 (PDM)", "図面・部品表の管理 (Teamcenter)。", Factory, 3, kProd,
        kInternal, kActive, k2ndSunday, Business, "シーメンス 代理店保守", "",
        "ws2019:2 mssql2019 teamcenter temurin11 dsa:2 ?iis10", false},
    {"HR-02", "勤怠管理", "勤怠 SaaS (KING OF TIME) と IC カード打刻の連携。", Apps, 3, kProd,
        kInternet, kActive, "", Saas, "KING OF TIME サポート", "",
        "kingoftime entra ws2019 python39 ?zabbixagent", false},
};

const char *const kSites[] = {"名古屋工場", "大阪工場", "九州工場", "静岡工場", "広島工場",
    "新潟工場", "東北物流センター", "関西物流センター", "中部物流センター", "北海道支店",
    "仙台支店", "福岡支店", "タイ工場", "ベトナム工場", "上海事業所", "米国販売会社"};

} // namespace

std::span<const DemoTeam> demoTeams()
{
    return kTeams;
}

std::span<const DemoProfile> demoProfiles()
{
    return kProfiles;
}

std::span<const DemoSystem> demoSystems()
{
    return kSystems;
}

std::span<const DemoWindow> demoWindows()
{
    return kWindows;
}

std::span<const char *const> demoSites()
{
    return kSites;
}

} // namespace pp::Internal
