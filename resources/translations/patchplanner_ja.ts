<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddComponentCommand</name>
    <message>
        <source>Add component %1</source>
        <translation>構成要素 %1 の追加</translation>
    </message>
</context>
<context>
    <name>AddSystemCommand</name>
    <message>
        <source>Add system %1</source>
        <translation>システム %1 の追加</translation>
    </message>
    <message>
        <source>Someone else added components to the system %1, so it was not removed.</source>
        <translation>他のユーザーがシステム %1 に構成要素を追加したため、このシステムは削除しませんでした。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit entry was not stored.</source>
        <translation>監査ログのエントリを保存できませんでした。</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry before it was removed, or it was inserted.</source>
        <translation>エントリ %1 が直前のエントリとつながっていません。前のエントリが削除されたか、このエントリが後から挿入されています。</translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written.</source>
        <translation>エントリ %1 は記録後に変更されています。</translation>
    </message>
    <message>
        <source>The newest entries were removed: the chain ends at entry %1 but its recorded end is entry %2.</source>
        <translation>最新のエントリが削除されています。チェーンはエントリ %1 で終わっていますが、記録上の末尾はエントリ %2 です。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &apos;patchplanner --help&apos; for the commands and options.</source>
        <translation>コマンドとオプションは &apos;patchplanner --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>Database: an SQLite file, or postgresql://user@host:port/name (password from PGPASSWORD or ~/.pgpass). Default: %1</source>
        <translation>データベース: SQLiteファイル、または
postgresql://user@host:port/name
（パスワードは PGPASSWORD または ~/.pgpass から取得）。
既定値: %1</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>Report format: table (default), json or csv.</source>
        <translation>レポートの形式: table（既定）、json、csv のいずれか。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>レポートを標準出力ではなく FILE に書き出します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Import: check the file and report what would change, without changing anything.</source>
        <translation>インポート時: 何も変更せず検査し、変更内容を表示します。</translation>
    </message>
    <message>
        <source>Language of the window and messages: ja or en (default: the system&apos;s).</source>
        <translation>画面とメッセージの言語: ja または en（既定: OSの設定）。</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Patch Planner: plan patches, EOSL upgrades and compensating controls for the systems you run.

Without a command the window opens. With a command it runs headless:
  demo PATH                      create a database at PATH filled with demo data
  import inventory FILE.csv      import systems and components (columns below)
  report inventory               one row per component: system_code, system_name,
                                 component_kind, vendor, product, version, cpe,
                                 environment, exposure, criticality, lifecycle_state
                                 [--format table|json|csv] [-o FILE]
  export inventory FILE.csv      the inventory as CSV (the import format)
  audit verify                   check the audit trail&apos;s hash chain

Inventory CSV columns (any order, case-insensitive; * required):
  system_code*, system_name*, owner, criticality (1-4), environment
  (production|staging|development), exposure (internet|internal|isolated),
  lifecycle_state (active|frozen|retiring|retired), component_kind (os|middleware|
  database|runtime|application|network|firmware|cloud), vendor, product, version,
  cpe, eol_product, eol_cycle, instances, purl, notes

Exit status: 0 done; 1 failed (storage, I/O); 2 usage error; 3 input rejected,
nothing changed; 4 conflict with a concurrent change.</source>
        <translation>Patch Planner: 運用中のシステムのパッチ適用、EOSL対応、補完的な措置を計画します。

コマンドを指定しなければウィンドウを開き、指定するとウィンドウなしで実行します:
  demo PATH                      PATH にデモデータ入りのデータベースを作成
  import inventory FILE.csv      システムと構成要素をインポート（列は下記）
  report inventory               構成要素ごとに1行: system_code, system_name,
                                 component_kind, vendor, product, version, cpe,
                                 environment, exposure, criticality, lifecycle_state
                                 [--format table|json|csv] [-o FILE]
  export inventory FILE.csv      インベントリをCSVで出力（インポート形式）
  audit verify                   監査ログのハッシュチェーンを検証

インベントリCSVの列（順不同、大文字・小文字の区別なし、*は必須）:
  system_code*, system_name*, owner, criticality (1-4), environment
  (production|staging|development), exposure (internet|internal|isolated),
  lifecycle_state (active|frozen|retiring|retired), component_kind (os|middleware|
  database|runtime|application|network|firmware|cloud), vendor, product, version,
  cpe, eol_product, eol_cycle, instances, purl, notes

終了ステータス: 0 完了、1 失敗（ストレージ、I/O）、2 使い方の誤り、3 入力を拒否
（何も変更なし）、4 同時に行われた変更との競合。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>実行するコマンド。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Usage: patchplanner demo PATH</source>
        <translation>使い方: patchplanner demo PATH</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the demo database.</source>
        <translation>%1 は既に存在します。デモデータベースには新しいファイルを指定してください。</translation>
    </message>
    <message>
        <source>Created the demo database %1.</source>
        <translation>デモデータベース %1 を作成しました。</translation>
    </message>
    <message>
        <source>Usage: patchplanner import inventory FILE.csv</source>
        <translation>使い方: patchplanner import inventory FILE.csv</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>%1: rejected; nothing was changed.</source>
        <translation>%1: エラーがあるためインポートしませんでした。何も変更していません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) would be imported.</source>
        <translation>
            <numerusform>%1: インポート対象は%n行です（何も変更していません）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 system(s) created, %3 updated; %4 component(s) created, %5 updated; %6 row(s) unchanged.</source>
        <translation>%1 をインポートしました。システム: 新規%2件、更新%3件。構成要素: 新規%4件、更新%5件。変更なし: %6行。</translation>
    </message>
    <message>
        <source>Usage: patchplanner report inventory [--format table|json|csv] [-o FILE]</source>
        <translation>使い方: patchplanner report inventory [--format table|json|csv] [-o FILE]</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, json or csv.</source>
        <translation>不明な形式 &apos;%1&apos; です。table、json、csv のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Usage: patchplanner export inventory FILE.csv</source>
        <translation>使い方: patchplanner export inventory FILE.csv</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message>
        <source>Usage: patchplanner audit verify</source>
        <translation>使い方: patchplanner audit verify</translation>
    </message>
    <message>
        <source>Audit trail broken at entry %1: %2</source>
        <translation>監査ログのチェーンがエントリ %1 で壊れています: %2</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entries checked.</source>
        <translation>
            <numerusform>監査ログは正常です: %n件のエントリを検証しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Unknown import &apos;%1&apos;: use &apos;import inventory FILE.csv&apos;.</source>
        <translation>不明なインポート対象 &apos;%1&apos; です。&apos;import inventory FILE.csv&apos; を使用してください。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Commands: %2.</source>
        <translation>不明なコマンド &apos;%1&apos; です。使用できるコマンド: %2。</translation>
    </message>
</context>
<context>
    <name>ComponentRepository</name>
    <message>
        <source>The system already has %1 %2 as a %3 component.</source>
        <translation>このシステムには %1 %2 が既に%3として登録されています。</translation>
    </message>
    <message>
        <source>The component was not stored.</source>
        <translation>構成要素を保存できませんでした。</translation>
    </message>
    <message>
        <source>The component %1 was deleted by someone else.</source>
        <translation>構成要素 %1 は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The component %1 was changed by someone else since you opened it.</source>
        <translation>構成要素 %1 は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The component %1 was changed by someone else.</source>
        <translation>構成要素 %1 は他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The component was already deleted by someone else.</source>
        <translation>この構成要素は既に他のユーザーによって削除されています。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file contains NUL bytes: it is a binary file (or UTF-16 text), not CSV text in UTF-8 or Shift_JIS.</source>
        <translation>ファイルにNULバイトが含まれています。UTF-8またはShift_JISのCSVテキストではなく、バイナリファイル（またはUTF-16のテキスト）です。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark, but this line is not valid UTF-8. Save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>ファイルはUTF-8のBOMで始まっていますが、この行は正しいUTF-8ではありません。「CSV UTF-8」形式で保存し直してください。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, and this system cannot read Shift_JIS. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>ファイルがUTF-8テキストではなく、この環境ではShift_JISを読み込めません。「CSV UTF-8」形式で保存してから、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>This line has bytes that are neither UTF-8 nor Shift_JIS text. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>この行にはUTF-8でもShift_JISでもないバイトが含まれています。「CSV UTF-8」形式で保存してから、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>This value is %1 characters long; at most %2 are allowed.</source>
        <translation>この値が長すぎます（%1文字。上限は%2文字です）。</translation>
    </message>
    <message>
        <source>There is text after the closing quote. A quoted value must end at a comma or at the end of the line; write a quote inside a quoted value as two quotes.</source>
        <translation>閉じ引用符の後に文字があります。引用符で囲んだ値は、カンマまたは行末で終える必要があります。値の中の引用符は &quot;&quot; のように2つ重ねてください。</translation>
    </message>
    <message>
        <source>The quoted value that starts on line %1 is never closed; the file ends inside it.</source>
        <translation>%1行目から始まる引用符付きの値が閉じられないまま、ファイルが終わっています。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Qt SQLドライバー %1 がインストールされていません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 はフォルダーです。データベースファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Patch Planner database (it is not an SQLite file).</source>
        <translation>%1 はPatch Plannerのデータベースではありません（SQLiteファイルではありません）。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>データベース %1 が存在しません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 is not a valid address; use postgresql://user@host:port/name.</source>
        <translation>%1 は有効なアドレスではありません。postgresql://user@host:port/name の形式で指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a Patch Planner database (it has other tables and no schema version).</source>
        <translation>%1 はPatch Plannerのデータベースではありません（別のテーブルがあり、スキーマバージョンがありません）。</translation>
    </message>
    <message>
        <source>%1 has an unreadable schema version.</source>
        <translation>%1 のスキーマバージョンを読み取れません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Patch Planner (schema version %2; this version knows up to %3). Update Patch Planner to open it.</source>
        <translation>%1 は新しいバージョンのPatch Plannerで作成されています（スキーマバージョン%2。このバージョンが対応しているのは%3までです）。開くにはPatch Plannerを更新してください。</translation>
    </message>
    <message>
        <source>%1 needs to be upgraded from schema version %2 but the file is read-only.</source>
        <translation>%1 はスキーマバージョン%2からのアップグレードが必要ですが、ファイルが読み取り専用です。</translation>
    </message>
    <message>
        <source>Could not copy %1 aside before upgrading it: %2</source>
        <translation>アップグレード前に %1 のコピーを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation>データベースをスキーマバージョン%1にアップグレードできませんでした: %2</translation>
    </message>
    <message>
        <source>The database %1 is read-only; nothing was changed.</source>
        <translation>データベース %1 は読み取り専用です。何も変更していません。</translation>
    </message>
    <message>
        <source>The change was rolled back because part of it failed.</source>
        <translation>変更の一部が失敗したため、変更全体をロールバックしました。</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it. Try again when it has finished.</source>
        <translation>データベース %1 は別のプログラムが書き込み中のためロックされています。書き込みが終わってから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>%1 is not a Patch Planner database or it is damaged.</source>
        <translation>%1 はPatch Plannerのデータベースではないか、破損しています。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Database error on %1: %2</source>
        <translation>データベース %1 でエラーが発生しました: %2</translation>
    </message>
</context>
<context>
    <name>DeleteComponentCommand</name>
    <message>
        <source>Delete component %1</source>
        <translation>構成要素 %1 の削除</translation>
    </message>
    <message>
        <source>The component was already deleted by someone else.</source>
        <translation>この構成要素は既に他のユーザーによって削除されています。</translation>
    </message>
</context>
<context>
    <name>DeleteSystemCommand</name>
    <message>
        <source>Delete system %1</source>
        <translation>システム %1 の削除</translation>
    </message>
    <message>
        <source>The system was already deleted by someone else.</source>
        <translation>このシステムは既に他のユーザーによって削除されています。</translation>
    </message>
</context>
<context>
    <name>EditComponentCommand</name>
    <message>
        <source>Edit component %1</source>
        <translation>構成要素 %1 の編集</translation>
    </message>
</context>
<context>
    <name>EditSystemCommand</name>
    <message>
        <source>Edit system %1</source>
        <translation>システム %1 の編集</translation>
    </message>
</context>
<context>
    <name>InventoryCsv</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>「%1」は%2から%3までの整数ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values: %2.</source>
        <translation>「%1」は使用できる値ではありません。使用できる値: %2。</translation>
    </message>
    <message>
        <source>The product is required when other component columns are filled in.</source>
        <translation>構成要素の他の列に値がある場合、製品は必須です。</translation>
    </message>
    <message>
        <source>The component kind is required when a product is given; use one of: %1.</source>
        <translation>製品を指定する場合、構成要素の種別は必須です。次のいずれかを指定してください: %1。</translation>
    </message>
    <message>
        <source>This row says &quot;%1&quot; but line %2 says &quot;%3&quot; for system %4; all rows of a system must agree.</source>
        <translation>この行では「%1」ですが、%2行目ではシステム %4 について「%3」となっています。同じシステムの行はすべて一致させてください。</translation>
    </message>
    <message>
        <source>This component is listed on line %1 too, with &quot;%2&quot; here and &quot;%3&quot; there; the rows must agree.</source>
        <translation>この構成要素は%1行目にもあり、この行では「%2」、そちらでは「%3」です。値を一致させてください。</translation>
    </message>
    <message>
        <source>This component is listed on line %1 already; the repeat changes nothing.</source>
        <translation>この構成要素は既に%1行目にあります。この行による変更はありません。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>The file is %1; at most %2 can be imported. Split it into smaller files.</source>
        <translation>ファイルのサイズは%1です。インポートできるのは%2までです。ファイルを分割してください。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1; split it into smaller files.</source>
        <translation>ファイルが%1を超えています。ファイルを分割してください。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>Column %1 has no name; it is ignored.</source>
        <translation>%1列目に列名がありません。この列は無視されます。</translation>
    </message>
    <message>
        <source>This column appears twice, as columns %1 and %2.</source>
        <translation>この列は%1列目と%2列目に重複しています。</translation>
    </message>
    <message>
        <source>Unknown column; it is ignored. The known columns are: %1.</source>
        <translation>不明な列のため無視されます。使用できる列: %1。</translation>
    </message>
    <message>
        <source>This required column is missing, so the file cannot be imported.</source>
        <translation>この必須の列がないため、ファイルをインポートできません。</translation>
    </message>
    <message>
        <source>The file has component columns but not this one, which every component needs.</source>
        <translation>構成要素の列がありますが、すべての構成要素に必要なこの列がありません。</translation>
    </message>
    <message numerus="yes">
        <source>The file has more than %n data rows; split it into smaller files.</source>
        <translation>
            <numerusform>データ行が%n行を超えています。ファイルを分割してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2. Check for a missing or extra comma, or a comma in a value that is not quoted.</source>
        <translation>この行は%1列ですが、ヘッダー行は%2列です。カンマの過不足や、引用符で囲まれていない値の中のカンマがないか確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Reading stopped here after %n problems; correct them and import again.</source>
        <translation>
            <numerusform>問題が%n件見つかったため、ここで読み込みを中止しました。修正してから、もう一度インポートしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header but no data rows; there is nothing to import.</source>
        <translation>ヘッダー行のみでデータ行がないため、インポートするものはありません。</translation>
    </message>
    <message>
        <source>%1 has errors, so nothing was imported. Correct them and import the file again.</source>
        <translation>%1 にエラーがあるため、何もインポートしませんでした。エラーを修正してから、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>PatchPlanner</name>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>ステージング</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>開発</translation>
    </message>
    <message>
        <source>Internet-facing</source>
        <translation>インターネット公開</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>社内</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>塩漬け</translation>
    </message>
    <message>
        <source>Retiring</source>
        <translation>廃止予定</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>廃止済み</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Middleware</source>
        <translation>ミドルウェア</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>ランタイム</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>ネットワーク機器</translation>
    </message>
    <message>
        <source>Firmware/hardware</source>
        <translation>ファームウェア/HW</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>ティア%1</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1が長すぎます（%2文字。上限は%3文字です）。</translation>
    </message>
    <message>
        <source>The system code is required.</source>
        <translation>システムコードは必須です。</translation>
    </message>
    <message>
        <source>The system name is required.</source>
        <translation>システム名は必須です。</translation>
    </message>
    <message>
        <source>Criticality must be a tier from %1 to %2, not %3.</source>
        <translation>重要度にはティア%1からティア%2までを指定してください（%3は指定できません）。</translation>
    </message>
    <message>
        <source>The system code</source>
        <translation>システムコード</translation>
    </message>
    <message>
        <source>The system name</source>
        <translation>システム名</translation>
    </message>
    <message>
        <source>The owner team</source>
        <translation>担当チーム</translation>
    </message>
    <message>
        <source>The ops contact</source>
        <translation>運用担当者</translation>
    </message>
    <message>
        <source>A text field</source>
        <translation>テキスト項目</translation>
    </message>
    <message>
        <source>The system code and name may not contain control characters.</source>
        <translation>システムコードとシステム名には制御文字を使用できません。</translation>
    </message>
    <message>
        <source>A component must belong to a system.</source>
        <translation>構成要素はいずれかのシステムに属している必要があります。</translation>
    </message>
    <message>
        <source>The product is required.</source>
        <translation>製品は必須です。</translation>
    </message>
    <message>
        <source>Instances must be a whole number from 0 to %1, not %2.</source>
        <translation>インスタンス数には0から%1までの整数を指定してください（%2は指定できません）。</translation>
    </message>
    <message>
        <source>The vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>The version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>The CPE name</source>
        <translation>CPE名</translation>
    </message>
    <message>
        <source>The package URL</source>
        <translation>パッケージURL</translation>
    </message>
    <message>
        <source>The endoflife.date product</source>
        <translation>endoflife.dateの製品名</translation>
    </message>
    <message>
        <source>The release cycle</source>
        <translation>リリースサイクル</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>The CPE name must start with &quot;cpe:2.3:&quot; (or &quot;cpe:/&quot; for CPE 2.2).</source>
        <translation>CPE名は「cpe:2.3:」で始まる必要があります（CPE 2.2の場合は「cpe:/」）。</translation>
    </message>
    <message>
        <source>Vendor, product and version may not contain control characters.</source>
        <translation>ベンダー、製品、バージョンには制御文字を使用できません。</translation>
    </message>
    <message>
        <source>The demo catalog lists an unknown product &quot;%1&quot; for %2.</source>
        <translation>デモカタログの %2 に不明な製品「%1」が含まれています。</translation>
    </message>
    <message>
        <source>A demo estate has from 1 to %1 systems, not %2.</source>
        <translation>デモデータのシステム数は1から%1までです（%2は指定できません）。</translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n system(s); demo data is only added to an empty database.</source>
        <translation>
            <numerusform>データベースには既に%n件のシステムがあります。デモデータは空のデータベースにのみ追加できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store the demo system %1: %2</source>
        <translation>デモシステム %1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not store the component %1 of the demo system %2: %3</source>
        <translation>デモシステム %2 の構成要素 %1 を保存できませんでした: %3</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
</context>
<context>
    <name>SystemRepository</name>
    <message>
        <source>A system with the code %1 already exists.</source>
        <translation>コード %1 のシステムは既に存在します。</translation>
    </message>
    <message>
        <source>The system was not stored.</source>
        <translation>システムを保存できませんでした。</translation>
    </message>
    <message>
        <source>The system %1 was deleted by someone else.</source>
        <translation>システム %1 は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The system %1 was changed by someone else since you opened it.</source>
        <translation>システム %1 は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The system %1 was changed by someone else.</source>
        <translation>システム %1 は他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The system was already deleted by someone else.</source>
        <translation>このシステムは既に他のユーザーによって削除されています。</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1に失敗しました: %2</translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2 The step was removed from the undo history.</source>
        <translation>「%1」をやり直せませんでした: %2 この操作は操作履歴から削除されました。</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2 The step was removed from the undo history.</source>
        <translation>「%1」を元に戻せませんでした: %2 この操作は操作履歴から削除されました。</translation>
    </message>
</context>
<context>
    <name>pp::AuditLogModel</name>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>対象ID</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No field changed</source>
        <translation>変更された項目なし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>構成要素</translation>
    </message>
</context>
<context>
    <name>pp::AuditLogPage</name>
    <message>
        <source>Any date</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Text in the values, e.g. a code or a team (Ctrl+F)</source>
        <translation>値に含まれる文字列（コード、チーム名など）(Ctrl+F)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>フィルターをリセット</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>チェーンを検証</translation>
    </message>
    <message>
        <source>Check that no entry of the trail was altered, removed or inserted</source>
        <translation>監査ログのエントリが変更・削除・挿入されていないことを確認します</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>対象(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>実行者(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文字列(&amp;T):</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>開始日(&amp;R):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>終了日(&amp;O):</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>すべての対象</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 entries shown; scroll for more</source>
        <translation>%2件中%1件を表示中（スクロールすると続きを表示します）</translation>
    </message>
    <message>
        <source>Select an entry to see the values before and after.</source>
        <translation>エントリを選択すると、変更前と変更後の値が表示されます。</translation>
    </message>
    <message>
        <source>Entry %1: %2 %3 %4 by %5</source>
        <translation>エントリ %1: %3 %4 の%2（実行者: %5）</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: all %n entries are chained as written.</source>
        <translation>
            <numerusform>監査ログは正常です: %n件すべてのエントリが記録時のままつながっています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with. %1</source>
        <translation>監査ログが改ざんされています。%1</translation>
    </message>
</context>
<context>
    <name>pp::ComponentEditor</name>
    <message>
        <source>e.g. rhel</source>
        <translation>例: rhel</translation>
    </message>
    <message>
        <source>e.g. 8</source>
        <translation>例: 8</translation>
    </message>
    <message>
        <source>Architecture and settings that matter when judging an advisory, e.g. &quot;TLS terminated at the load balancer&quot;</source>
        <translation>脆弱性情報の影響を判断するときに必要な構成や設定（例:「TLSはロードバランサーで終端」）</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>システム(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>V&amp;endor:</source>
        <translation>ベンダー(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>製品(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>インスタンス数(&amp;I):</translation>
    </message>
    <message>
        <source>Matching and lifecycle</source>
        <translation>照合とライフサイクル</translation>
    </message>
    <message>
        <source>&amp;CPE 2.3 name:</source>
        <translation>CPE 2.3 名(&amp;C):</translation>
    </message>
    <message>
        <source>Package &amp;URL:</source>
        <translation>パッケージURL(&amp;U):</translation>
    </message>
    <message>
        <source>c&amp;ycle:</source>
        <translation>サイクル(&amp;Y):</translation>
    </message>
    <message>
        <source>endoflife.&amp;date:</source>
        <translation>endoflife.date(&amp;D):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>No component selected</source>
        <translation>構成要素が選択されていません</translation>
    </message>
    <message>
        <source>New component</source>
        <translation>新規構成要素</translation>
    </message>
</context>
<context>
    <name>pp::ComponentTableModel</name>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>System name</source>
        <translation>システム名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>インスタンス数</translation>
    </message>
    <message>
        <source>endoflife.date product</source>
        <translation>endoflife.date製品名</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>サイクル</translation>
    </message>
    <message>
        <source>CPE 2.3</source>
        <translation>CPE 2.3</translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation>パッケージURL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>pp::ComponentsPage</name>
    <message>
        <source>S&amp;ystem:</source>
        <translation>システム(&amp;Y):</translation>
    </message>
    <message>
        <source>Filter components (Ctrl+F)</source>
        <translation>構成要素のフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>構成要素を追加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>すべてのシステム</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The new component %1 was not added yet. Add it now?</source>
        <translation>新規構成要素 %1 はまだ追加されていません。今すぐ追加しますか?</translation>
    </message>
    <message>
        <source>Apply your changes to %1?</source>
        <translation>%1 への変更を適用しますか?</translation>
    </message>
    <message>
        <source>Your changes to %1 were not applied: %2</source>
        <translation>%1 への変更は適用されませんでした: %2</translation>
    </message>
    <message>
        <source>Delete component</source>
        <translation>構成要素の削除</translation>
    </message>
    <message>
        <source>Delete the component %1 of %2?</source>
        <translation>%2 の構成要素 %1 を削除しますか?</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>[編集] → [元に戻す] で取り消せます。</translation>
    </message>
</context>
<context>
    <name>pp::DashboardPage</name>
    <message>
        <source>Systems</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Business services in the inventory</source>
        <translation>インベントリ上の業務サービス</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <source>Products the systems run on or with</source>
        <translation>システムを構成する製品</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>インスタンス数</translation>
    </message>
    <message>
        <source>Installed copies of the components</source>
        <translation>構成要素の導入数の合計</translation>
    </message>
    <message>
        <source>Frozen systems</source>
        <translation>塩漬けシステム</translation>
    </message>
    <message>
        <source>Cannot be upgraded; need compensating controls</source>
        <translation>バージョンアップ不可。補完的な措置が必要</translation>
    </message>
    <message>
        <source>Internet-facing systems</source>
        <translation>インターネット公開システム</translation>
    </message>
    <message>
        <source>Patch these first when an advisory hits</source>
        <translation>脆弱性情報の公開時に最優先でパッチを適用</translation>
    </message>
    <message>
        <source>Tier 1 systems</source>
        <translation>ティア1システム</translation>
    </message>
    <message>
        <source>The most critical services</source>
        <translation>最も重要なサービス</translation>
    </message>
    <message>
        <source>Components by kind</source>
        <translation>種別ごとの構成要素数</translation>
    </message>
    <message>
        <source>Systems by lifecycle state</source>
        <translation>ライフサイクル状態ごとのシステム数</translation>
    </message>
    <message>
        <source>Inventory of %1</source>
        <translation>%1 のインベントリ</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Open a database with File → Open database, or create one with File → New database.</source>
        <translation>[ファイル] → [データベースを開く] でデータベースを開くか、[ファイル] → [新規データベース] で作成してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pp::ImportIssuesModel</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル全体</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
</context>
<context>
    <name>pp::ImportRowsModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>System code</source>
        <translation>システムコード</translation>
    </message>
    <message>
        <source>System name</source>
        <translation>システム名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
</context>
<context>
    <name>pp::InventoryImportDialog</name>
    <message>
        <source>Import inventory CSV</source>
        <translation>インベントリCSVのインポート</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>%1 を読み込んでチェックしています…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n行を読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (encoding %2).</source>
        <translation>%1（文字コード: %2）。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Problems: %1 error(s), %2 warning(s). Select one to see its row.</source>
        <translation>問題: エラー%1件、警告%2件。選択すると該当する行を表示します。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s). Correct the file and import it again; nothing was changed.</source>
        <translation>
            <numerusform>ファイルにエラーが%n件あります。何も変更していません。ファイルを修正してから、もう一度インポートしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is read-only: the file can be checked but not imported.</source>
        <translation>データベースが読み取り専用のため、ファイルのチェックのみ可能で、インポートはできません。</translation>
    </message>
    <message>
        <source>The file has no data rows.</source>
        <translation>ファイルにデータ行がありません。</translation>
    </message>
    <message>
        <source>Ready to import. Nothing is written until you press Import.</source>
        <translation>インポートの準備ができました。[インポート] を押すまで何も書き込まれません。</translation>
    </message>
    <message>
        <source>Imported: %1 system(s) created, %2 updated; %3 component(s) created, %4 updated; %5 row(s) unchanged. The undo history was cleared.</source>
        <translation>インポートしました。システム: 新規%1件、更新%2件。構成要素: 新規%3件、更新%4件。変更なし: %5行。操作履歴はクリアされました。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>pp::MainWindow</name>
    <message>
        <source>Patch Planner databases (*.ppdb *.db *.sqlite);;All files (*)</source>
        <translation>Patch Plannerデータベース (*.ppdb *.db *.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&lt;opened database&gt;</source>
        <translation>&lt;データベースを開いた時点&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新規データベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import inventory CSV…</source>
        <translation>インベントリCSVをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export inventory CSV…</source>
        <translation>インベントリCSVをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>新規作成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>フィルター(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;load from database</source>
        <translation>データベースから再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Show changes that others made to a shared database</source>
        <translation>共有データベースで他のユーザーが行った変更を表示します</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Systems</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>構成要素(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>監査ログ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About Patch Planner</source>
        <translation>Patch Plannerについて(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったデータベース(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Undo history</source>
        <translation>操作履歴(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>The database was not opened. %1</source>
        <translation>データベースを開けませんでした。%1</translation>
    </message>
    <message>
        <source>%1 is read-only: you can look but not change anything.</source>
        <translation>%1 は読み取り専用です。閲覧はできますが、変更はできません。</translation>
    </message>
    <message>
        <source>The database was upgraded to this version of Patch Planner. A copy of it as it was is kept at %1.</source>
        <translation>データベースをこのバージョンのPatch Planner用にアップグレードしました。アップグレード前のコピーを %1 に保存しています。</translation>
    </message>
    <message>
        <source>&amp;New system</source>
        <translation>新規システム(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete system…</source>
        <translation>システムを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New component</source>
        <translation>新規構成要素(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete component…</source>
        <translation>構成要素を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Database: %1 (read-only)</source>
        <translation>データベース: %1（読み取り専用）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>ユーザー: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Patch Planner</source>
        <translation>Patch Planner</translation>
    </message>
    <message>
        <source>%1 — Patch Planner</source>
        <translation>%1 — Patch Planner</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新規データベース</translation>
    </message>
    <message>
        <source>inventory.ppdb</source>
        <translation>inventory.ppdb</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File → Open database.</source>
        <translation>%1 は既に存在します。別の名前を指定するか、[ファイル] → [データベースを開く] で開いてください。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Import inventory CSV</source>
        <translation>インベントリCSVのインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Inventory imported: %1 system(s) and %2 component(s) created, %3 system(s) and %4 component(s) updated.</source>
        <translation>インベントリをインポートしました。新規: システム%1件、構成要素%2件。更新: システム%3件、構成要素%4件。</translation>
    </message>
    <message>
        <source>Export inventory CSV</source>
        <translation>インベントリCSVのエクスポート</translation>
    </message>
    <message>
        <source>inventory.csv</source>
        <translation>inventory.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>The inventory was not exported. %1</source>
        <translation>インベントリをエクスポートできませんでした。%1</translation>
    </message>
    <message>
        <source>The inventory was exported to %1.</source>
        <translation>インベントリを %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>About Patch Planner</source>
        <translation>Patch Plannerについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Patch Planner %1&lt;/h3&gt;&lt;p&gt;Plan patches, end-of-support upgrades and compensating controls for the systems you run.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Patch Planner %1&lt;/h3&gt;&lt;p&gt;運用中のシステムのパッチ適用、サポート終了に伴うバージョンアップ、補完的な措置を計画します。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pp::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>pp::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>最近使ったデータベースはありません</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>一覧をクリア</translation>
    </message>
</context>
<context>
    <name>pp::SystemEditor</name>
    <message>
        <source>General</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Operations profile</source>
        <translation>運用プロファイル</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Discard your changes</source>
        <translation>編集内容を破棄します</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Return)</source>
        <translation>変更を保存します (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Short unique code, e.g. CRM-01</source>
        <translation>一意の短いコード（例: CRM-01）</translation>
    </message>
    <message>
        <source>Person or on-call address</source>
        <translation>担当者名またはオンコール連絡先</translation>
    </message>
    <message>
        <source>%1 (highest)</source>
        <translation>%1（最高）</translation>
    </message>
    <message>
        <source>%1 (lowest)</source>
        <translation>%1（最低）</translation>
    </message>
    <message>
        <source>Window name or rule, e.g. FREQ=MONTHLY;BYDAY=2SU</source>
        <translation>例: 定例枠 / FREQ=MONTHLY;BYDAY=2SU</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>システム名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Owner team:</source>
        <translation>担当チーム(&amp;O):</translation>
    </message>
    <message>
        <source>O&amp;ps contact:</source>
        <translation>運用担当者(&amp;P):</translation>
    </message>
    <message>
        <source>C&amp;riticality:</source>
        <translation>重要度(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>E&amp;xposure:</source>
        <translation>公開範囲(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Lifecycle state:</source>
        <translation>ライフサイクル状態(&amp;L):</translation>
    </message>
    <message>
        <source>Patch &amp;window:</source>
        <translation>パッチ適用枠(&amp;W):</translation>
    </message>
    <message>
        <source>Decided in advance: what happens when malware or an attack hits this system, and how its logs are kept.</source>
        <translation>このシステムがマルウェアに感染したり攻撃を受けたりしたときの対応と、ログの保管方法を事前に決めておきます。</translation>
    </message>
    <message>
        <source>e.g. Isolate the host from the network, keep it powered on</source>
        <translation>例: ホストをネットワークから切り離し、電源は入れたままにする</translation>
    </message>
    <message>
        <source>Who is told, in which order</source>
        <translation>誰に、どの順番で連絡するか</translation>
    </message>
    <message>
        <source>How the service is recovered, from which backups</source>
        <translation>どのバックアップから、どのようにサービスを復旧するか</translation>
    </message>
    <message>
        <source>How traces of an intrusion are checked (痕跡確認)</source>
        <translation>侵入の痕跡をどのように確認するか</translation>
    </message>
    <message>
        <source>Retention for incident response, e.g. 90 days online</source>
        <translation>インシデント対応用の保管期間（例: オンラインで90日間）</translation>
    </message>
    <message>
        <source>Archive for audit, e.g. 1 year, compressed</source>
        <translation>監査用のアーカイブ（例: 圧縮して1年間）</translation>
    </message>
    <message>
        <source>&amp;Initial response:</source>
        <translation>初動対応(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Escalation contacts:</source>
        <translation>エスカレーション先(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Recovery policy:</source>
        <translation>復旧方針(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Trace check:</source>
        <translation>痕跡確認(&amp;T):</translation>
    </message>
    <message>
        <source>Logs, &amp;short term:</source>
        <translation>ログ保管（短期）(&amp;S):</translation>
    </message>
    <message>
        <source>Logs, &amp;long term:</source>
        <translation>ログ保管（長期）(&amp;L):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>No system selected</source>
        <translation>システムが選択されていません</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>新規システム</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>pp::SystemTableModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>システム名</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>担当チーム</translation>
    </message>
    <message>
        <source>Ops contact</source>
        <translation>運用担当者</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>公開範囲</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>Patch window</source>
        <translation>パッチ適用枠</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>構成要素数</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>pp::SystemsPage</name>
    <message>
        <source>Filter systems (Ctrl+F)</source>
        <translation>システムのフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add system</source>
        <translation>システムを追加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Show components</source>
        <translation>構成要素を表示</translation>
    </message>
    <message>
        <source>Show this system&apos;s components (or double-click the row)</source>
        <translation>このシステムの構成要素を表示します（行をダブルクリックしても表示できます）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The new system %1 was not added yet. Add it now?</source>
        <translation>新規システム %1 はまだ追加されていません。今すぐ追加しますか?</translation>
    </message>
    <message>
        <source>Apply your changes to %1?</source>
        <translation>%1 への変更を適用しますか?</translation>
    </message>
    <message>
        <source>Your changes to %1 were not applied: %2</source>
        <translation>%1 への変更は適用されませんでした: %2</translation>
    </message>
    <message>
        <source>Delete system</source>
        <translation>システムの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the system %1 (%2) and its %n component(s)?</source>
        <translation>
            <numerusform>システム %1（%2）と、その構成要素%n件を削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>[編集] → [元に戻す] で取り消せます。</translation>
    </message>
</context>
<context>
    <name>pp::Workspace</name>
    <message>
        <source>The system %1 was deleted by someone else.</source>
        <translation>システム %1 は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The system %1 was not saved: %2</source>
        <translation>システム %1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The system was already deleted by someone else.</source>
        <translation>このシステムは既に他のユーザーによって削除されています。</translation>
    </message>
    <message>
        <source>The component %1 was deleted by someone else.</source>
        <translation>構成要素 %1 は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The component %1 was not saved: %2</source>
        <translation>構成要素 %1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The component was already deleted by someone else.</source>
        <translation>この構成要素は既に他のユーザーによって削除されています。</translation>
    </message>
</context>
</TS>
