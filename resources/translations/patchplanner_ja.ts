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
    <name>AddPatchCommand</name>
    <message>
        <source>Add patch %1</source>
        <translation>パッチ %1 の追加</translation>
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
    <name>Backup</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>キャンセルしました。何も変更していません。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 の名前を %2 に変更できません: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>%1 をコピーしています…</translation>
    </message>
    <message>
        <source>The table %1 refers to itself but has no key; it cannot be copied.</source>
        <translation>テーブル %1 は自身を参照していますが、キーがないためコピーできません。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を検査しています…</translation>
    </message>
    <message>
        <source>%1 is not a Patch Planner backup: it is not an SQLite database file. Nothing was changed.</source>
        <translation>%1 はPatch Plannerのバックアップではありません（SQLiteデータベースファイルではありません）。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is truncated: it ends inside its header. Nothing was changed.</source>
        <translation>%1 は途中で切れています（ヘッダーの途中で終わっています）。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid. Nothing was changed.</source>
        <translation>%1 は破損しています（ヘッダーが不正です）。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is truncated: it has %2 bytes where its header announces %3. Nothing was changed.</source>
        <translation>%1 は途中で切れています（ヘッダー上は%3バイトですが、%2バイトしかありません）。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database: %2. Nothing was changed.</source>
        <translation>%1 をデータベースとして開けません: %2。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Nothing was changed.</source>
        <translation>%1 は破損しています: %2。何も変更していません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged; the database integrity check found %n problem(s), the first: %2. Nothing was changed.</source>
        <translation>
            <numerusform>%1 は破損しています。データベースの整合性チェックで%n件の問題が見つかりました（最初の問題: %2）。何も変更していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 of the table %3 refers to a row of %4 that is not there. Nothing was changed.</source>
        <translation>%1 は破損しています。テーブル %3 の行 %2 が、%4 に存在しない行を参照しています。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a Patch Planner backup (it has no schema version). Nothing was changed.</source>
        <translation>%1 はSQLiteファイルですが、Patch Plannerのバックアップではありません（スキーマバージョンがありません）。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 has no valid schema version; it is not a Patch Planner backup. Nothing was changed.</source>
        <translation>%1 には有効なスキーマバージョンがないため、Patch Plannerのバックアップではありません。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Patch Planner (schema version %2; this version knows up to %3). Update Patch Planner to restore it. Nothing was changed.</source>
        <translation>%1 は新しいバージョンのPatch Plannerで作成されています（スキーマバージョン%2。このバージョンが対応しているのは%3までです）。リストアするにはPatch Plannerを更新してください。何も変更していません。</translation>
    </message>
    <message>
        <source>Verifying the audit trail of %1…</source>
        <translation>%1 の監査ログを検証しています…</translation>
    </message>
    <message>
        <source>The audit trail in %1 is broken at entry %2: %3 The backup was altered after it was taken. Nothing was changed.</source>
        <translation>%1 の監査ログのチェーンがエントリ %2 で壊れています: %3 バックアップの取得後に改変されています。何も変更していません。</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>%1 を検査しました。</translation>
    </message>
    <message>
        <source>%1 is a database in use (%2 is beside it), not a backup. Take a backup of it with &apos;patchplanner --db %1 backup FILE&apos; and restore that. Nothing was changed.</source>
        <translation>%1 は使用中のデータベースであり（同じ場所に %2 があります）、バックアップではありません。&apos;patchplanner --db %1 backup FILE&apos; でバックアップを取得し、そのバックアップをリストアしてください。何も変更していません。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>バックアップ %1 が存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file.</source>
        <translation>%1 はフォルダーです。バックアップファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not a Patch Planner database (it is not an SQLite file); a restore does not replace other files. Nothing was changed.</source>
        <translation>%1 はPatch Plannerのデータベースではありません（SQLiteファイルではありません）。リストアでは他のファイルは置き換えません。何も変更していません。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is open in another program or window. Close it there and restore again; nothing was changed.</source>
        <translation>%1 は別のプログラムまたはウィンドウで開かれています。そちらで閉じてから、もう一度リストアしてください。何も変更していません。</translation>
    </message>
    <message>
        <source>Cannot keep the current database as %1; nothing was changed.</source>
        <translation>現在のデータベースを %1 として保存できません。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 はフォルダーです。データベースファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>フォルダー %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Preparing the restored database…</source>
        <translation>リストアしたデータベースを準備しています…</translation>
    </message>
    <message>
        <source>The restored copy of %1 was not closed cleanly; nothing was changed.</source>
        <translation>%1 のリストア先のコピーを正常に閉じられませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk; nothing was changed.</source>
        <translation>%1 をディスクに書き込めません。何も変更していません。</translation>
    </message>
    <message>
        <source>Replacing %1…</source>
        <translation>%1 を置き換えています…</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 をリストアしました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n行）</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 already holds data: %2. A restore only goes into an empty database; create a new database and restore into it. Nothing was changed.</source>
        <translation>データベース %1 には既にデータがあります: %2。リストア先は空のデータベースに限られます。新しいデータベースを作成して、そこにリストアしてください。何も変更していません。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and the backup %3; nothing was changed.</source>
        <translation>データベース %1 のスキーマバージョンは%2、バックアップは%3です。何も変更していません。</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>%1 にリストアしました。</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file for the backup.</source>
        <translation>%1 はフォルダーです。バックアップのファイル名を指定してください。</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Choose another file name, or allow replacing it.</source>
        <translation>%1 は既に存在するため、何も書き込んでいません。別のファイル名を指定するか、置き換えを許可してください。</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose another file for the backup.</source>
        <translation>%1 はデータベースそのものです。バックアップには別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>フォルダー %1 が存在しないため、何も書き込んでいません。</translation>
    </message>
    <message>
        <source>%1 holds no Patch Planner data to back up.</source>
        <translation>%1 にはバックアップするPatch Plannerのデータがありません。</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>データベースをコピーしています…</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2: %3</source>
        <translation>%1 を %2 にコピーできませんでした: %3</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk.</source>
        <translation>%1 をディスクに書き込めません。</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>%1 にバックアップしました。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>比較しています…</translation>
    </message>
    <message>
        <source>Drill finished.</source>
        <translation>訓練が完了しました。</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>%1 %2</source>
        <comment>product, version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Maintenance window: %1</source>
        <translation>メンテナンスウィンドウ: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>システム: %1</translation>
    </message>
    <message>
        <source>Systems following the schedule: %1</source>
        <translation>このスケジュールに従うシステム: %1</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>メンテナンスウィンドウ</translation>
    </message>
    <message>
        <source>Blackout: %1</source>
        <translation>変更禁止期間: %1</translation>
    </message>
    <message>
        <source>Every system</source>
        <translation>すべてのシステム</translation>
    </message>
    <message>
        <source>No plan may run on these days.</source>
        <translation>この期間中はどの計画も実施できません。</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>変更禁止期間</translation>
    </message>
    <message>
        <source>Plan #%1: %2</source>
        <translation>計画 #%1: %2</translation>
    </message>
    <message>
        <source>Type: %1. Status: %2.</source>
        <translation>種別: %1。状態: %2。</translation>
    </message>
    <message>
        <source>Systems: %1</source>
        <translation>システム: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>作成者: %1</translation>
    </message>
    <message>
        <source>Patch plan #%1: %2</source>
        <translation>パッチ適用計画 #%1: %2</translation>
    </message>
    <message>
        <source>Patch plan</source>
        <translation>パッチ適用計画</translation>
    </message>
    <message>
        <source>%1 — plan #%2: %3</source>
        <comment>milestone, plan id, plan title</comment>
        <translation>%1 — 計画 #%2: %3</translation>
    </message>
    <message>
        <source>Done %1 by %2.</source>
        <translation>完了: %1（%2）。</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>担当: %1</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>EOSL: %1 on %2</source>
        <comment>product and version, system code</comment>
        <translation>EOSL: %1（%2）</translation>
    </message>
    <message>
        <source>Security support of %1 on %2 (%3) ends.</source>
        <translation>%2（%3）の %1 のセキュリティサポートが終了します。</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>種別: %1</translation>
    </message>
    <message>
        <source>Release cycle: %1 %2</source>
        <translation>リリースサイクル: %1 %2</translation>
    </message>
    <message>
        <source>Extended support until %1.</source>
        <translation>延長サポートは %1 までです。</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>方針: %1</translation>
    </message>
    <message>
        <source>EOSL</source>
        <translation>EOSL</translation>
    </message>
    <message>
        <source>finding #%1</source>
        <translation>検出事項 #%1</translation>
    </message>
    <message>
        <source>component #%1</source>
        <translation>構成要素 #%1</translation>
    </message>
    <message>
        <source>Risk acceptance ends: %1</source>
        <translation>リスク受容の期限: %1</translation>
    </message>
    <message>
        <source>The risk acceptance of %1 applies up to and including this day and lapses the day after, unless it is renewed and approved.</source>
        <translation>%1 のリスク受容はこの日（当日を含む）まで適用され、更新して承認されない限り翌日に失効します。</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>リスク対応: %1</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>%2 に %1 が承認しました。</translation>
    </message>
    <message>
        <source>Residual risk: %1</source>
        <translation>残存リスク: %1</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Risk acceptance</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>Due: %1 (%2)</source>
        <comment>obligation, system code</comment>
        <translation>期限: %1（%2）</translation>
    </message>
    <message>
        <source>Operational cadence of %1.</source>
        <translation>%1 の定期業務。</translation>
    </message>
    <message>
        <source>Periodic check of a compensating control of %1.</source>
        <translation>%1 の補完的な措置の定期確認です。</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>期限を超過しています。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>Patch Planner</source>
        <translation>Patch Planner</translation>
    </message>
    <message>
        <source>Patch Planner: %1</source>
        <translation>Patch Planner: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>product and version, system code</comment>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1 in %2 on %3</source>
        <comment>vulnerability, product, system</comment>
        <translation>%1（%3 の %2）</translation>
    </message>
    <message>
        <source>The calendar could not be written.</source>
        <translation>カレンダーを書き出せませんでした。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &apos;patchplanner --help&apos; for the commands and options.</source>
        <translation>コマンドとオプションは &apos;patchplanner --help&apos; で確認できます。</translation>
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
        <source>Unknown format &apos;%1&apos;: use table, json or csv.</source>
        <translation>不明な形式 &apos;%1&apos; です。table、json、csv のいずれかを指定してください。</translation>
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
        <source>Unknown command &apos;%1&apos;. Commands: %2.</source>
        <translation>不明なコマンド &apos;%1&apos; です。使用できるコマンド: %2。</translation>
    </message>
    <message>
        <source>Usage: patchplanner import endoflife FILE|DIR ...</source>
        <translation>使い方: patchplanner import endoflife FILE|DIR ...</translation>
    </message>
    <message>
        <source>Rejected; nothing was changed.</source>
        <translation>エラーがあるためインポートしませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 file(s) with %2 release cycle(s) would be imported.</source>
        <translation>インポート対象は%1ファイル、リリースサイクル%2件です（何も変更していません）。</translation>
    </message>
    <message>
        <source>Imported %1 file(s): %2 release cycle(s) created, %3 updated, %4 unchanged; %5 component(s) newly matched; %6 of %7 component(s) tied to a product and cycle.</source>
        <translation>%1ファイルをインポートしました。リリースサイクル: 新規%2件、更新%3件、変更なし%4件。新たに照合された構成要素: %5件。製品とサイクルに関連付けられた構成要素: %7件中%6件。</translation>
    </message>
    <message>
        <source>Usage: patchplanner [--db LOCATION] backup FILE [--force]</source>
        <translation>使い方: patchplanner [--db LOCATION] backup FILE [--force]</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Add --force to replace it.</source>
        <translation>%1 は既に存在するため、何も書き込んでいません。置き換えるには --force を指定してください。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2: %3 row(s) in %4 table(s), schema version %5, audit trail of %6 entries (head %7).</source>
        <translation>%1 を %2 にバックアップしました: %4テーブル、%3行、スキーマバージョン%5、監査ログ%6エントリ（先頭 %7）。</translation>
    </message>
    <message>
        <source>%1: the audit trail is broken at entry %2: %3 The backup was written as the database is, but restoring it will be refused.</source>
        <translation>%1: 監査ログのチェーンがエントリ %2 で壊れています: %3 バックアップはデータベースの現状のまま書き出しましたが、このバックアップのリストアは拒否されます。</translation>
    </message>
    <message>
        <source>Usage: patchplanner [--db LOCATION] restore FILE</source>
        <translation>使い方: patchplanner [--db LOCATION] restore FILE</translation>
    </message>
    <message>
        <source>Restored %1 (backup of %2, schema version %3, audit trail of %4 entries, head %5) into %6.</source>
        <translation>%1（%2 のバックアップ、スキーマバージョン%3、監査ログ%4エントリ、先頭 %5）を %6 にリストアしました。</translation>
    </message>
    <message>
        <source>The backup was upgraded from schema version %1 to %2.</source>
        <translation>バックアップをスキーマバージョン%1から%2にアップグレードしました。</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>以前のデータベースは %1 として保存されています。</translation>
    </message>
    <message>
        <source>intact, %1 entries, head %2</source>
        <translation>正常、%1エントリ、先頭 %2</translation>
    </message>
    <message>
        <source>broken at entry %1 (%2)</source>
        <translation>エントリ %1 で破損（%2）</translation>
    </message>
    <message>
        <source>Usage: patchplanner [--db LOCATION] drill [FILE] [--format table|json|csv] [-o FILE]</source>
        <translation>使い方: patchplanner [--db LOCATION] drill [FILE] [--format table|json|csv] [-o FILE]</translation>
    </message>
    <message>
        <source>Audit chain: live %1; restored %2.</source>
        <translation>監査ログのチェーン: 運用中 %1、リストア後 %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Drill passed: the restored copy matches the live database (%1 tables, %2 rows, %3 audit entries) in %4 s.</source>
        <translation>訓練に合格しました: リストアしたコピーは運用中のデータベースと一致しています（%1テーブル、%2行、監査ログ%3エントリ、所要%4秒）。</translation>
    </message>
    <message>
        <source>Drill failed: the restored copy does not match the live database.</source>
        <translation>訓練に失敗しました: リストアしたコピーが運用中のデータベースと一致しません。</translation>
    </message>
    <message>
        <source>The backup could not be taken or restored: %1</source>
        <translation>バックアップの取得またはリストアができませんでした: %1</translation>
    </message>
    <message>
        <source>Usage: patchplanner --db postgresql://USER@HOST:PORT/NAME admin init-roles</source>
        <translation>使い方: patchplanner --db postgresql://USER@HOST:PORT/NAME admin init-roles</translation>
    </message>
    <message>
        <source>Roles are a PostgreSQL feature: an SQLite file has one local user, who may change everything the file&apos;s permissions allow. Use --db postgresql://USER@HOST:PORT/NAME.</source>
        <translation>ロールはPostgreSQLの機能です。SQLiteファイルのユーザーはローカルの1人だけで、ファイルのアクセス権で許される範囲ですべてを変更できます。--db postgresql://USER@HOST:PORT/NAME を指定してください。</translation>
    </message>
    <message>
        <source>The roles %1, %2 and %3 are set up on %4:</source>
        <translation>%4 にロール %1、%2、%3 を設定しました:</translation>
    </message>
    <message>
        <source>  pp_viewer    may look at everything</source>
        <translation>  pp_viewer    すべてを閲覧できます</translation>
    </message>
    <message>
        <source>  pp_planner   may also change the inventory and the plans, but not approve</source>
        <translation>  pp_planner   インベントリと計画も変更できます（承認は不可）</translation>
    </message>
    <message>
        <source>  pp_approver  may look, record approvals and set a plan&apos;s status</source>
        <translation>  pp_approver  閲覧、承認の記録、計画のステータス設定ができます</translation>
    </message>
    <message>
        <source>Grant them to database users (as the owner, in psql), for example:</source>
        <translation>データベースユーザーにロールを付与してください（所有者として psql で実行）。例:</translation>
    </message>
    <message>
        <source>Run this command again after upgrading Patch Planner.</source>
        <translation>Patch Plannerのアップグレード後に、このコマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Usage: patchplanner import kev FILE</source>
        <translation>使い方: patchplanner import kev FILE</translation>
    </message>
    <message>
        <source>Usage: patchplanner import %1 FILE ...</source>
        <translation>使い方: patchplanner import %1 FILE ...</translation>
    </message>
    <message>
        <source>%1 record(s) in %2 file(s): %3 vulnerabilities created, %4 updated, %5 unchanged, %6 skipped; findings: %7 new, %8 resolved, %9 re-opened; pending patches: %10 new, %11 updated, %12 removed.</source>
        <translation>%2ファイル、%1レコード: 脆弱性 新規%3件、更新%4件、変更なし%5件、スキップ%6件。検出事項: 新規%7件、解決済み%8件、再オープン%9件。適用待ちパッチ: 新規%10件、更新%11件、削除%12件。</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed: %1</source>
        <translation>ドライランのため、何も変更していません: %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>インポートしました: %1</translation>
    </message>
    <message>
        <source>Usage: patchplanner import sbom FILE.json --system CODE</source>
        <translation>使い方: patchplanner import sbom FILE.json --system CODE</translation>
    </message>
    <message>
        <source>%1 component(s) created, %2 updated, %3 unchanged, %4 skipped; findings: %5 new, %6 resolved.</source>
        <translation>構成要素: 新規%1件、更新%2件、変更なし%3件、スキップ%4件。検出事項: 新規%5件、解決済み%6件。</translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3</source>
        <translation>%1 を %2 にインポートしました: %3</translation>
    </message>
    <message>
        <source>Usage: patchplanner import patches FILE.csv</source>
        <translation>使い方: patchplanner import patches FILE.csv</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vendor patch(es) would be imported.</source>
        <translation>
            <numerusform>%1: %n 件のベンダーパッチがインポートされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 vendor patch(es) created, %3 updated, %4 unchanged; %5 open finding(s) linked.</source>
        <translation>%1 をインポートしました: ベンダーパッチ 作成 %2 件、更新 %3 件、変更なし %4 件。未対応の検出事項 %5 件と関連付けました。</translation>
    </message>
    <message>
        <source>Unknown import &apos;%1&apos;: use inventory, endoflife, kev, nvd, jvn, sbom or patches.</source>
        <translation>不明なインポート「%1」です。inventory、endoflife、kev、nvd、jvn、sbom、patches のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Matched against the stored vulnerabilities: %1 new finding(s), %2 resolved.</source>
        <translation>登録済みの脆弱性と照合しました: 新しい検出事項 %1 件、解決 %2 件。</translation>
    </message>
    <message numerus="yes">
        <source>%n risk acceptance(s) past their expiry lapsed; their findings are open again.</source>
        <translation>
            <numerusform>期限を過ぎた%n件のリスク受容が失効しました。対象の検出事項は再び未対応になりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>--horizon-days takes a number of days (0 or more), with report eosl or report due.</source>
        <translation>--horizon-days は report eosl または report due とともに使用し、日数（0以上）を指定します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plan id.</source>
        <translation>「%1」は計画IDではありません。</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>計画 %1 はありません。</translation>
    </message>
    <message>
        <source>plan create needs --type regular or --type emergency.</source>
        <translation>plan create には --type regular または --type emergency を指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone.</source>
        <translation>「%1」はタイムゾーンではありません。</translation>
    </message>
    <message>
        <source>plan create needs --window START, ISO 8601 such as 2026-12-13T01:00 or 2026-12-13T01:00+09:00.</source>
        <translation>plan create には --window START を ISO 8601 形式（例: 2026-12-13T01:00 または 2026-12-13T01:00+09:00）で指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 time.</source>
        <translation>「%1」は ISO 8601 形式の時刻ではありません。</translation>
    </message>
    <message>
        <source>There is no system &apos;%1&apos;.</source>
        <translation>システム「%1」はありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a patch id.</source>
        <translation>「%1」はパッチIDではありません。</translation>
    </message>
    <message>
        <source>plan create needs --systems or --patches.</source>
        <translation>plan create には --systems または --patches を指定してください。</translation>
    </message>
    <message>
        <source>Created plan %1: %2 (%3, %4 to %5).</source>
        <translation>計画 %1 を作成しました: %2（%3、%4～%5）。</translation>
    </message>
    <message>
        <source>plan show: use --format table or json.</source>
        <translation>plan show: --format table または json を指定してください。</translation>
    </message>
    <message>
        <source>Plan %1: %2</source>
        <translation>計画 %1: %2</translation>
    </message>
    <message>
        <source>Type: %1; status: %2; author: %3</source>
        <translation>種別: %1、状態: %2、作成者: %3</translation>
    </message>
    <message>
        <source>Window: %1 to %2 (%3)</source>
        <translation>作業時間帯: %1～%2（%3）</translation>
    </message>
    <message>
        <source>Systems: %1</source>
        <translation>システム: %1</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>競合:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a checklist answer: use reachability, monitoring, policy, backup and rollback, each =yes or =no.</source>
        <translation>「%1」はチェックリストの回答ではありません。reachability、monitoring、policy、backup、rollback のそれぞれに =yes または =no を指定してください。</translation>
    </message>
    <message>
        <source>--decision takes approved, provisional or rejected.</source>
        <translation>--decision には approved、provisional、rejected のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Plan %1: %2 by %3.</source>
        <translation>計画 %1: %2（%3）。</translation>
    </message>
    <message>
        <source>Plan %1: the provisional approval by %2 is confirmed.</source>
        <translation>計画 %1: %2 による仮承認を確定しました。</translation>
    </message>
    <message>
        <source>Plan %1 has no provisional approval to confirm.</source>
        <translation>計画 %1 には確定できる仮承認がありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plan status.</source>
        <translation>「%1」は計画の状態ではありません。</translation>
    </message>
    <message>
        <source>Plan %1 is now %2.</source>
        <translation>計画 %1 の状態は %2 になりました。</translation>
    </message>
    <message>
        <source>Usage: patchplanner plan step ID POSITION [done|undone] [--note TEXT]</source>
        <translation>使い方: patchplanner plan step ID POSITION [done|undone] [--note TEXT]</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; done at %3 by %4.</source>
        <translation>手順 %1「%2」を %3 に %4 が完了しました。</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; is not done.</source>
        <translation>手順 %1「%2」は未完了です。</translation>
    </message>
    <message>
        <source>Plan %1 has no step %2.</source>
        <translation>計画 %1 に手順 %2 はありません。</translation>
    </message>
    <message>
        <source>Plan %1 is done: %2 component version(s) recorded, %3 finding(s) resolved.</source>
        <translation>計画 %1 が完了しました: 構成要素のバージョン%2件を記録し、検出事項%3件を解決済みにしました。</translation>
    </message>
    <message>
        <source>Usage: patchplanner plan create|list|show|submit|approve|confirm|status|step|complete ...</source>
        <translation>使い方: patchplanner plan create|list|show|submit|approve|confirm|status|step|complete ...</translation>
    </message>
    <message>
        <source>Usage: patchplanner plan create --type T --window START [--systems A,B] [--patches ID,...] | list | show ID | submit ID | approve ID --checklist ... | confirm ID | status ID STATUS | step ID POSITION [done|undone] | complete ID</source>
        <translation>使い方: patchplanner plan create --type T --window START [--systems A,B] [--patches ID,...] | list | show ID | submit ID | approve ID --checklist ... | confirm ID | status ID STATUS | step ID POSITION [done|undone] | complete ID</translation>
    </message>
    <message>
        <source>Patch Planner: plan patches, EOSL upgrades and compensating controls for the systems you run.

Without a command the window opens. With a command it runs headless:
  demo PATH                      create a database at PATH filled with demo data
  import inventory FILE.csv      import systems and components (columns below)
  import endoflife FILE|DIR ...  endoflife.date API JSON: the list form (v0; FILE is
                                 named after the product, e.g. rhel.json) or the v1
                                 object form; DIR: every *.json in it. All files in one
                                 transaction: any error rejects them all
  import kev FILE                CISA Known Exploited Vulnerabilities, JSON or CSV
  import nvd FILE ...            NVD CVE API 2.0 JSON: a response page, a bundle or a
                                 whole feed (read as a stream)
  import jvn FILE ...            JVN iPedia JVNRSS or MyJVN VULDEF XML
                                 Each vulnerability import: all files in one
                                 transaction, then matched against the components;
                                 findings, due dates and pending patches updated.
                                 Re-importing the same data changes nothing
  import sbom FILE.json --system CODE
                                 CycloneDX JSON SBOM: its components into system
                                 CODE, then matched against the vulnerabilities
  import patches FILE.csv        a list of vendor patches (rollups, advisories):
                                 title*, product*, vendor, advisory_id, kb,
                                 target_version, release_date, reboot,
                                 expected_minutes, can_rollback, notes; each linked
                                 to the open findings it resolves
  report inventory               one row per component: system_code, system_name,
                                 component_kind, vendor, product, version, cpe,
                                 environment, exposure, criticality, lifecycle_state
                                 [--format table|json|csv] [-o FILE]
  report eosl                    one row per component: system_code, component_kind,
                                 product, version, eol_product, eol_cycle,
                                 release_date, support_end, eosl,
                                 extended_support_end (ISO dates or null), status
                                 (past|d30|d90|d180|d365|supported|unknown),
                                 days_left, decision; sorted by eosl, unknown last.
                                 A null date with status past: ended on an unknown
                                 date; with supported: no end announced
                                 [--horizon-days N]: only past EOSL or within N days
  report findings                one row per open or undecided finding: vulnerability
                                 (CVE or JVNDB id), system_code, component_kind,
                                 product, version, state, severity, cvss, kev
                                 (true/false), due_date, due_rule, track
                                 (emergency|regular), match (cpe|name); by due date
  report patches                 one row per pending patch: system_code, product,
                                 version, patch, target_version, resolves (ids: a
                                 JSON array, &apos;;&apos;-joined in CSV), due_date, track,
                                 reboot (true/false); by due date
  report frozen                  the frozen-systems register, one row per frozen
                                 component: system_code, component_kind, product,
                                 version, eosl, status, controls (kinds in effect),
                                 next_due, gaps (eosl_without_support,
                                 accepted_without_log_review, acceptance_expired,
                                 control_overdue); arrays in JSON, &apos;;&apos; in CSV
  report due                     operational cadences and periodic controls:
                                 system_code, obligation, kind, next_due, overdue
                                 (true/false); overdue first
                                 [--horizon-days N]: only due within N days
  report conflicts               the conflicts of every open plan: plan_id,
                                 system_code, kind (outside_window, blackout,
                                 holiday, overlapping_plan, owner_double_booked,
                                 after_due_date, frozen_without_acceptance,
                                 lead_time), reason
  report systems                 one row per system: code, name, owner_team,
                                 ops_contact, criticality (1-4), environment,
                                 exposure, lifecycle_state, window_schedule,
                                 components (count), escalation_contacts,
                                 recovery_policy, updated_at (UTC)
  report windows                 maintenance windows, then blackouts: kind
                                 (window|blackout), name, system_code, group, rrule,
                                 time_zone, start (window: first occurrence with
                                 offset; blackout: first day), end (blackout&apos;s last
                                 day), next_start (UTC), duration_minutes, reason
  report audit                   the audit trail, oldest first: id, at (UTC), actor,
                                 action, entity, entity_id, summary, before, after
                                 (values as JSON text)
                                 findings, patches, frozen, due and conflicts first
                                 lapse risk acceptances past their expiry (audited)
                                 when you may write
  plan create --type regular|emergency --window START [--end END]
              [--systems A,B] [--patches ID,...] [--title T] [--time-zone Z]
              [--on-site]        a draft plan: milestones of the type&apos;s lead times,
                                 steps from the templates, timed in the window.
                                 START/END: ISO 8601, local time unless an offset
  plan list                      id, type, status, window_start, window_end, title,
                                 systems [--format table|json|csv]
  plan show ID                   [--format table|json]: id, type, status,
                                 window_start, window_end, systems, steps[] (phase,
                                 title, owner, start, end, done_at), milestones[]
                                 (name, due), approvals[], conflicts[] (kind, reason)
  plan submit ID                 send a draft for review
  plan approve ID --checklist reachability=no,monitoring=no,policy=yes,
              backup=yes,rollback=yes [--decision approved|provisional|rejected]
              [--note TEXT]      approve as the database user (not the author)
  plan confirm ID                confirm a provisional approval (within 24 hours)
  plan status ID STATUS          scheduled, in_progress, rolled_back, cancelled...
  plan step ID POSITION [done|undone] [--note TEXT]
                                 check off a step of a plan in progress
  plan complete ID               close a plan in progress: versions recorded,
                                 findings resolved, components matched again
  export inventory FILE.csv      the inventory as CSV (the import format)
  export plan ID --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape]
              [--chart-from DATE] [--chart-to DATE] [--chart-only] [--fit-chart]
                                 the plan as a PDF to print and sign: cover with
                                 approvals and checklist, scope, steps by phase with
                                 checkboxes, rollback deadline, the timeline tiled
                                 across pages (or fitted to one with --fit-chart)
                                 PDFs embed their fonts (IPA P Gothic: Japanese is
                                 searchable); --lang ja writes them in Japanese
  export roadmap --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape]
              [--chart-from DATE] [--chart-to DATE] [--chart-only]
              [--status past|d30|d90|d180|d365|supported|unknown|needs_decision]
              [--system CODE] [--owner NAME] [--kind KIND] [--filter TEXT]
              [--group-by system|product]
                                 the EOSL roadmap as a PDF: counts per status, the
                                 chart over as many pages as needed, the table
  export frozen --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape]
                                 the frozen-systems register as a PDF: controls,
                                 evidence dates, acceptances and gaps per system
  export calendar FILE.ics       an iCalendar feed to subscribe to: maintenance
                                 windows (RRULE), blackouts, open plans and their
                                 milestones, EOSL dates, risk acceptance expiries,
                                 cadence and control due dates; stable UIDs
  audit verify                   check the audit trail&apos;s hash chain
  admin init-roles               PostgreSQL: create the roles pp_viewer, pp_planner and
                                 pp_approver and grant their rights (again after an
                                 upgrade); prints how to grant them to users
  backup FILE                    a consistent copy of the database in FILE, an SQLite
                                 file for either backend; refuses an existing FILE
                                 unless --force
  restore FILE                   check FILE (SQLite integrity, schema version, audit
                                 chain), then replace the database with it; the old
                                 SQLite file is kept as NAME.before-restore-&lt;time&gt;;
                                 a PostgreSQL database must hold no data yet
  drill [FILE]                   restore drill: back up (or take FILE), restore into a
                                 scratch database and compare the rows of every table
                                 and the audit chain; exit 1 when anything differs
                                 [--format table|json|csv] [-o FILE]; json: one array
                                 of {table, live, restored, match}, the audit chain
                                 as table &quot;audit_chain&quot; (live, restored: entries)

Inventory CSV columns (any order, case-insensitive; * required):
  system_code*, system_name*, owner, criticality (1-4), environment
  (production|staging|development), exposure (internet|internal|isolated),
  lifecycle_state (active|frozen|retiring|retired), component_kind (os|middleware|
  database|runtime|application|network|firmware|cloud), vendor, product, version,
  cpe, eol_product, eol_cycle, instances, purl, notes

Exit status: 0 done; 1 failed (storage, I/O; drill: a difference); 2 usage error;
3 input rejected, nothing changed (restore: a backup that fails a check, a
PostgreSQL target that holds data); 4 conflict with a concurrent change.</source>
        <translation>Patch Planner: 運用中のシステムのパッチ適用、EOSL に伴うバージョンアップ、補完的な措置を計画します。

コマンドを指定しないとウィンドウが開きます。コマンドを指定すると画面を表示せずに実行します:
  demo PATH                      デモデータを入れたデータベースを PATH に作成
  import inventory FILE.csv      システムと構成要素をインポート（列は下記）
  import endoflife FILE|DIR ...  endoflife.date API の JSON: リスト形式（v0。FILE
                                 には製品名を付ける。例: rhel.json）または v1 の
                                 オブジェクト形式。DIR: その中のすべての *.json。
                                 全ファイルを 1 つのトランザクションで処理し、
                                 エラーが 1 つでもあればすべて取り込まない
  import kev FILE                CISA Known Exploited Vulnerabilities（JSON または CSV）
  import nvd FILE ...            NVD CVE API 2.0 の JSON: レスポンスの 1 ページ、
                                 バンドル、フィード全体（ストリームとして読み込む）
  import jvn FILE ...            JVN iPedia の JVNRSS または MyJVN の VULDEF XML
                                 脆弱性のインポートはいずれも、全ファイルを 1 つの
                                 トランザクションで処理した後、構成要素と照合し、
                                 検出事項、対応期限、適用待ちパッチを更新する。
                                 同じデータを再度インポートしても何も変わらない
  import sbom FILE.json --system CODE
                                 CycloneDX JSON SBOM: その構成要素をシステム CODE
                                 に取り込み、脆弱性と照合する
  import patches FILE.csv        ベンダーパッチ（ロールアップ、アドバイザリ）の一覧:
                                 title*, product*, vendor, advisory_id, kb,
                                 target_version, release_date, reboot,
                                 expected_minutes, can_rollback, notes。それぞれを
                                 解決する未対応の検出事項と関連付ける
  report inventory               構成要素ごとに 1 行: system_code, system_name,
                                 component_kind, vendor, product, version, cpe,
                                 environment, exposure, criticality, lifecycle_state
                                 [--format table|json|csv] [-o FILE]
  report eosl                    構成要素ごとに 1 行: system_code, component_kind,
                                 product, version, eol_product, eol_cycle,
                                 release_date, support_end, eosl,
                                 extended_support_end（ISO 形式の日付または null）,
                                 status (past|d30|d90|d180|d365|supported|unknown),
                                 days_left, decision。eosl 順、unknown は最後。
                                 status が past で日付が null: 不明な日に終了済み。
                                 supported で null: 終了日の発表なし
                                 [--horizon-days N]: EOSL 超過または N 日以内のみ
  report findings                未対応または方針未決定の検出事項ごとに 1 行:
                                 vulnerability（CVE または JVNDB の ID）,
                                 system_code, component_kind, product, version,
                                 state, severity, cvss, kev (true/false), due_date,
                                 due_rule, track (emergency|regular),
                                 match (cpe|name)。対応期限順
  report patches                 適用待ちパッチごとに 1 行: system_code, product,
                                 version, patch, target_version, resolves（ID:
                                 JSON 配列、CSV では &apos;;&apos; 区切り）, due_date, track,
                                 reboot (true/false)。対応期限順
  report frozen                  塩漬けシステム台帳。塩漬けの構成要素ごとに 1 行:
                                 system_code, component_kind, product, version,
                                 eosl, status, controls（有効な措置の種別）,
                                 next_due, gaps (eosl_without_support,
                                 accepted_without_log_review, acceptance_expired,
                                 control_overdue)。JSON では配列、CSV では &apos;;&apos; 区切り
  report due                     運用上の定期作業と定期確認が必要な補完的な措置:
                                 system_code, obligation, kind, next_due, overdue
                                 (true/false)。期限超過を先頭に表示
                                 [--horizon-days N]: N 日以内に期限が来るもののみ
  report conflicts               未完了のすべての計画の競合: plan_id,
                                 system_code, kind (outside_window, blackout,
                                 holiday, overlapping_plan, owner_double_booked,
                                 after_due_date, frozen_without_acceptance,
                                 lead_time), reason
  report systems                 システムごとに 1 行: code, name, owner_team,
                                 ops_contact, criticality (1-4), environment,
                                 exposure, lifecycle_state, window_schedule,
                                 components（件数）, escalation_contacts,
                                 recovery_policy, updated_at (UTC)
  report windows                 メンテナンスウィンドウ、続いて変更禁止期間: kind
                                 (window|blackout), name, system_code, group, rrule,
                                 time_zone, start（window: オフセット付きの初回、
                                 blackout: 初日）, end（blackout の最終日）,
                                 next_start (UTC), duration_minutes, reason
  report audit                   監査証跡（古い順）: id, at (UTC), actor,
                                 action, entity, entity_id, summary, before, after
                                 （値は JSON テキスト）
                                 findings、patches、frozen、due、conflicts は、
                                 書き込み権限がある場合、期限を過ぎたリスク受容を
                                 先に失効させる（監査証跡に記録）
  plan create --type regular|emergency --window START [--end END]
              [--systems A,B] [--patches ID,...] [--title T] [--time-zone Z]
              [--on-site]        下書きの計画を作成: 種別のリードタイムに基づく
                                 マイルストーンと、テンプレートからの手順を
                                 ウィンドウ内に配置する。
                                 START/END: ISO 8601。オフセットがなければ現地時刻
  plan list                      id, type, status, window_start, window_end, title,
                                 systems [--format table|json|csv]
  plan show ID                   [--format table|json]: id, type, status,
                                 window_start, window_end, systems, steps[] (phase,
                                 title, owner, start, end, done_at), milestones[]
                                 (name, due), approvals[], conflicts[] (kind, reason)
  plan submit ID                 下書きをレビューに提出
  plan approve ID --checklist reachability=no,monitoring=no,policy=yes,
              backup=yes,rollback=yes [--decision approved|provisional|rejected]
              [--note TEXT]      データベースのユーザーとして承認（作成者は不可）
  plan confirm ID                暫定承認を確定（24 時間以内）
  plan status ID STATUS          scheduled, in_progress, rolled_back, cancelled...
  plan step ID POSITION [done|undone] [--note TEXT]
                                 実施中の計画の手順を完了にする
  plan complete ID               実施中の計画を終了: バージョンを記録し、検出事項を
                                 解決済みにし、構成要素を再照合する
  export inventory FILE.csv      インベントリを CSV で出力（インポートと同じ形式）
  export plan ID --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape]
              [--chart-from DATE] [--chart-to DATE] [--chart-only] [--fit-chart]
                                 印刷して署名するための計画の PDF: 承認と
                                 チェックリストを含む表紙、対象範囲、フェーズ別の
                                 チェックボックス付き手順、ロールバック期限、
                                 複数ページに分割したタイムライン（--fit-chart で
                                 1 ページに収める）
                                 PDF にはフォントを埋め込む（IPA P ゴシック:
                                 日本語も検索可能）。--lang ja で日本語で出力
  export roadmap --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape]
              [--chart-from DATE] [--chart-to DATE] [--chart-only]
              [--status past|d30|d90|d180|d365|supported|unknown|needs_decision]
              [--system CODE] [--owner NAME] [--kind KIND] [--filter TEXT]
              [--group-by system|product]
                                 EOSL ロードマップの PDF: 状態別の件数、必要な
                                 ページ数にわたるチャート、表
  export frozen --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape]
                                 塩漬けシステム台帳の PDF: システムごとの補完的な
                                 措置、実施記録の日付、リスク受容、不備
  export calendar FILE.ics       購読用の iCalendar フィード: メンテナンス
                                 ウィンドウ (RRULE)、変更禁止期間、未完了の計画と
                                 そのマイルストーン、EOSL の日付、リスク受容の
                                 期限、定期作業と補完的な措置の期限。UID は不変
  audit verify                   監査証跡のハッシュチェーンを検証
  admin init-roles               PostgreSQL: ロール pp_viewer、pp_planner、
                                 pp_approver を作成して権限を付与（アップグレード
                                 後にも再実行）。ユーザーへの付与方法を表示
  backup FILE                    データベースの一貫したコピーを FILE に作成（どちらの
                                 バックエンドでも SQLite ファイル）。既存の FILE は
                                 --force を指定しない限り上書きしない
  restore FILE                   FILE を検査（SQLite の整合性、スキーマバージョン、
                                 監査チェーン）してから、データベースを置き換える。
                                 元の SQLite ファイルは NAME.before-restore-&lt;time&gt;
                                 として残す。PostgreSQL のデータベースはまだデータが
                                 ない状態である必要がある
  drill [FILE]                   リストア訓練: バックアップを取得（または FILE を
                                 使用）し、作業用データベースにリストアして、全
                                 テーブルの行と監査チェーンを比較。差異があれば
                                 終了ステータス 1
                                 [--format table|json|csv] [-o FILE]。json:
                                 {table, live, restored, match} の配列 1 つ。監査
                                 チェーンは table &quot;audit_chain&quot;（live, restored:
                                 エントリ数）

インベントリ CSV の列（順不同、大文字と小文字を区別しない。* は必須）:
  system_code*, system_name*, owner, criticality (1-4), environment
  (production|staging|development), exposure (internet|internal|isolated),
  lifecycle_state (active|frozen|retiring|retired), component_kind (os|middleware|
  database|runtime|application|network|firmware|cloud), vendor, product, version,
  cpe, eol_product, eol_cycle, instances, purl, notes

終了ステータス: 0 成功、1 失敗（ストレージ、I/O。drill: 差異あり）、2 使い方の誤り、
3 入力を拒否し変更なし（restore: 検査に失敗したバックアップ、データのある
PostgreSQL の復元先）、4 同時に行われた変更との競合。</translation>
    </message>
    <message>
        <source>Usage: patchplanner report inventory|eosl|findings|patches|frozen|due|conflicts|systems|windows|audit [--format table|json|csv] [--horizon-days N] [-o FILE]</source>
        <translation>使い方: patchplanner report inventory|eosl|findings|patches|frozen|due|conflicts|systems|windows|audit [--format table|json|csv] [--horizon-days N] [-o FILE]</translation>
    </message>
    <message>
        <source>Usage: patchplanner export plan ID --pdf FILE | export roadmap --pdf FILE | export frozen --pdf FILE | export calendar FILE.ics | export inventory FILE.csv</source>
        <translation>使い方: patchplanner export plan ID --pdf FILE | export roadmap --pdf FILE | export frozen --pdf FILE | export calendar FILE.ics | export inventory FILE.csv</translation>
    </message>
    <message>
        <source>Unknown paper &apos;%1&apos;: use a4, a3 or letter.</source>
        <translation>不明な用紙「%1」です。a4、a3、letter のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown orientation &apos;%1&apos;: use portrait or landscape.</source>
        <translation>不明な向き &apos;%1&apos; です。portrait または landscape を指定してください。</translation>
    </message>
    <message>
        <source>--%1 takes a date, YYYY-MM-DD: &apos;%2&apos; is not one.</source>
        <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください: &apos;%2&apos; は日付ではありません。</translation>
    </message>
    <message>
        <source>Usage: patchplanner export plan ID --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape] [--chart-from DATE] [--chart-to DATE] [--chart-only] [--fit-chart]</source>
        <translation>使い方: patchplanner export plan ID --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape] [--chart-from DATE] [--chart-to DATE] [--chart-only] [--fit-chart]</translation>
    </message>
    <message>
        <source>--chart-to is before --chart-from.</source>
        <translation>--chart-to が --chart-from より前の日付です。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages).</source>
        <translation>
            <numerusform>%1 に書き出しました（%n ページ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>--pdf FILE is required: the PDF file to write.</source>
        <translation>--pdf FILE は必須です。書き込む PDF ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Unknown paper size &apos;%1&apos;: use a4, a3 or letter.</source>
        <translation>不明な用紙サイズ &apos;%1&apos; です。a4、a3、letter のいずれかを指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 に書き出しました（%n ページ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: patchplanner export roadmap --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape] [--chart-from DATE] [--chart-to DATE] [--chart-only] [--status STATUS] [--system CODE] [--owner NAME] [--kind KIND] [--filter TEXT] [--group-by system|product]</source>
        <translation>使い方: patchplanner export roadmap --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape] [--chart-from DATE] [--chart-to DATE] [--chart-only] [--status STATUS] [--system CODE] [--owner NAME] [--kind KIND] [--filter TEXT] [--group-by system|product]</translation>
    </message>
    <message>
        <source>--chart-from and --chart-to take a date, YYYY-MM-DD.</source>
        <translation>--chart-from と --chart-to には日付（YYYY-MM-DD）を指定してください。</translation>
    </message>
    <message>
        <source>The chart&apos;s last day must be after its first day.</source>
        <translation>チャートの最終日は開始日より後にしてください。</translation>
    </message>
    <message>
        <source>Unknown grouping &apos;%1&apos;: use system or product.</source>
        <translation>不明なグループ化「%1」です。system または product を指定してください。</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;: use past, d30, d90, d180, d365, supported, unknown or needs_decision.</source>
        <translation>不明な状態 &apos;%1&apos; です。past、d30、d90、d180、d365、supported、unknown、needs_decision のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown component kind &apos;%1&apos;.</source>
        <translation>不明な構成要素の種別 &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>Usage: patchplanner export frozen --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape]</source>
        <translation>使い方: patchplanner export frozen --pdf FILE [--paper a4|a3|letter] [--orientation portrait|landscape]</translation>
    </message>
    <message>
        <source>--%1 applies to export roadmap, not export frozen.</source>
        <translation>--%1 は export roadmap 用のオプションです。export frozen には指定できません。</translation>
    </message>
    <message>
        <source>Usage: patchplanner export calendar FILE.ics</source>
        <translation>使い方: patchplanner export calendar FILE.ics</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
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
    <name>Conflicts</name>
    <message>
        <source>system %1</source>
        <translation>システム %1</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>計画 %1</translation>
    </message>
    <message>
        <source>plan %1 “%2”</source>
        <translation>計画 %1「%2」</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>手順 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1 has no maintenance window.</source>
        <translation>%1 にはメンテナンスウィンドウがありません。</translation>
    </message>
    <message>
        <source>The window %1 is outside every maintenance window of %2 (next: %3).</source>
        <translation>作業時間帯 %1 は %2 のどのメンテナンスウィンドウにも収まっていません（次回: %3）。</translation>
    </message>
    <message>
        <source>The window %1 is outside every maintenance window of %2 (none later).</source>
        <translation>作業時間帯 %1 は %2 のどのメンテナンスウィンドウにも収まっていません（以降の予定なし）。</translation>
    </message>
    <message>
        <source>The window %1 falls in the blackout “%2” (%3) of every system.</source>
        <translation>作業時間帯 %1 は、すべてのシステムの変更禁止期間「%2」（%3）に含まれます。</translation>
    </message>
    <message>
        <source>The window %1 falls in the blackout “%2” (%3) of %4.</source>
        <translation>作業時間帯 %1 は、%4 の変更禁止期間「%2」（%3）に含まれます。</translation>
    </message>
    <message>
        <source>The window %1 falls on a public holiday, %2 (%3).</source>
        <translation>作業時間帯 %1 は祝日（%2、%3）にかかっています。</translation>
    </message>
    <message>
        <source>The window %1 overlaps %2 on %3 (%4).</source>
        <translation>作業時間帯 %1 は %3 の %2（%4）と重なっています。</translation>
    </message>
    <message>
        <source>%1 is booked twice: “%2” (%3) overlaps “%4” of %5 (%6).</source>
        <translation>%1 が二重に予約されています:「%2」（%3）が %5 の「%4」（%6）と重なっています。</translation>
    </message>
    <message>
        <source>The plan finishes at %1, after the due date %2 of %3 on %4.</source>
        <translation>計画の終了は %1 で、%4 の %3 の期限 %2 より後です。</translation>
    </message>
    <message>
        <source>%1 on %2 is frozen and has no current risk acceptance for this change.</source>
        <translation>%2 の %1 は塩漬けで、この変更に対する有効なリスク受容がありません。</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（期限 %2）</translation>
    </message>
    <message numerus="yes">
        <source>The window %1 leaves too little lead time; %n milestone(s) already past: %2.</source>
        <translation>
            <numerusform>作業時間帯 %1 ではリードタイムが不足しています。%n件のマイルストーンが既に過ぎています: %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlRepository</name>
    <message>
        <source>The %1 cadence was changed by someone else.</source>
        <translation>%1 の周期は他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The control &quot;%1&quot; could not be stored.</source>
        <translation>補完的な措置「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The control &quot;%1&quot; was deleted by someone else.</source>
        <translation>補完的な措置「%1」は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The control &quot;%1&quot; was changed by someone else since you opened it.</source>
        <translation>補完的な措置「%1」は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The control &quot;%1&quot; was changed by someone else.</source>
        <translation>補完的な措置「%1」は他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The control was already deleted by someone else.</source>
        <translation>補完的な措置は既に他のユーザーによって削除されています。</translation>
    </message>
    <message>
        <source>The control was deleted by someone else.</source>
        <translation>補完的な措置は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The risk acceptance could not be stored.</source>
        <translation>リスク受容を保存できませんでした。</translation>
    </message>
    <message>
        <source>The risk acceptance was deleted by someone else.</source>
        <translation>リスク受容は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The risk acceptance was changed by someone else since you opened it.</source>
        <translation>リスク受容は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The risk acceptance was changed by someone else.</source>
        <translation>リスク受容は他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The risk acceptance was already deleted by someone else.</source>
        <translation>リスク受容は既に他のユーザーによって削除されています。</translation>
    </message>
    <message>
        <source>The risk acceptance was already approved by %1 on %2.</source>
        <translation>リスク受容は %2 に %1 によって既に承認されています。</translation>
    </message>
    <message>
        <source>A renewal must expire after the current expiry date (%1).</source>
        <translation>更新後の期限は現在の期限（%1）より後にしてください。</translation>
    </message>
    <message>
        <source>The cadence was deleted by someone else.</source>
        <translation>周期は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The %1 cadence was changed by someone else since you opened it.</source>
        <translation>%1 の周期は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>Marking a cadence done needs the date it was done.</source>
        <translation>周期を実施済みにするには実施日が必要です。</translation>
    </message>
    <message>
        <source>The date done, %1, is in the future (today is %2).</source>
        <translation>実施日 %1 が未来の日付です（本日は %2）。</translation>
    </message>
    <message>
        <source>A major change needs the date of the change.</source>
        <translation>重要な変更には変更日が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>The control &quot;%1&quot; has %n evidence entries and cannot be deleted; end it with a valid-until date instead.</source>
        <translation>
            <numerusform>補完的な措置「%1」には実施記録が%n件あるため削除できません。代わりに有効期限を設定して終了してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk acceptance(s) rely on the control &quot;%1&quot;; remove it from them first, or end it with a valid-until date.</source>
        <translation>
            <numerusform>%n件のリスク受容が補完的な措置「%1」を前提としています。先にそれらのリスク受容から外すか、有効期限を設定して終了してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The risk acceptance was approved by %1 on %2 and cannot be deleted; it ends on its expiry date (or edit it, which withdraws the approval).</source>
        <translation>このリスク受容は %2 に %1 によって承認されているため削除できません。期限日をもって終了します（編集すると承認は取り消されます）。</translation>
    </message>
</context>
<context>
    <name>ControlRules</name>
    <message>
        <source>Pending approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>まもなく期限切れ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>A control needs a title.</source>
        <translation>補完的な措置には名称が必要です。</translation>
    </message>
    <message>
        <source>A control must be attached to a system, a component or a finding.</source>
        <translation>補完的な措置は、システム、構成要素、検出事項のいずれかに関連付けてください。</translation>
    </message>
    <message>
        <source>The cadence must be at least one day (%1 given).</source>
        <translation>周期は1日以上にしてください（指定値: %1）。</translation>
    </message>
    <message>
        <source>A periodic log review needs a cadence in days.</source>
        <translation>定期的なログ確認には日数単位の周期が必要です。</translation>
    </message>
    <message>
        <source>Valid until (%1) is before valid from (%2).</source>
        <translation>有効期限（%1）が有効開始日（%2）より前です。</translation>
    </message>
    <message>
        <source>The evidence needs the date the check was done.</source>
        <translation>実施記録には確認を行った日付が必要です。</translation>
    </message>
    <message>
        <source>The evidence is dated %1, in the future (today is %2).</source>
        <translation>実施記録の日付 %1 が未来の日付です（本日は %2）。</translation>
    </message>
    <message>
        <source>The evidence needs who did the check.</source>
        <translation>実施記録には確認を行った人が必要です。</translation>
    </message>
    <message>
        <source>A risk acceptance is about a finding or a component.</source>
        <translation>リスク受容の対象は検出事項または構成要素です。</translation>
    </message>
    <message>
        <source>A risk acceptance needs a requester.</source>
        <translation>リスク受容には申請者が必要です。</translation>
    </message>
    <message>
        <source>A risk acceptance needs an expiry date.</source>
        <translation>リスク受容には期限が必要です。</translation>
    </message>
    <message>
        <source>The approver (%1) cannot be the requester: someone else must approve.</source>
        <translation>承認者（%1）は申請者と同じにできません。別の人が承認してください。</translation>
    </message>
    <message>
        <source>The expiry date (%1) must be after the approval date (%2).</source>
        <translation>期限（%1）は承認日（%2）より後にしてください。</translation>
    </message>
    <message>
        <source>The approval needs an approver.</source>
        <translation>承認には承認者が必要です。</translation>
    </message>
    <message>
        <source>The approval needs a date.</source>
        <translation>承認には日付が必要です。</translation>
    </message>
    <message>
        <source>The last done date %1 is in the future (today is %2).</source>
        <translation>最終実施日 %1 が未来の日付です（本日は %2）。</translation>
    </message>
    <message>
        <source>Past EOSL without support</source>
        <translation>サポートなしでEOSL超過</translation>
    </message>
    <message>
        <source>Accepted finding without log review</source>
        <translation>ログ確認のないリスク受容</translation>
    </message>
    <message>
        <source>Expired acceptance</source>
        <translation>期限切れのリスク受容</translation>
    </message>
    <message>
        <source>Overdue control</source>
        <translation>期限超過の補完的な措置</translation>
    </message>
    <message>
        <source>Past EOSL without an extended-support contract or an alternative service.</source>
        <translation>延長サポート契約も代替サービスもないままEOSLを過ぎています。</translation>
    </message>
    <message>
        <source>Accepted finding without a current periodic log review.</source>
        <translation>リスク受容した検出事項に、有効な定期ログ確認がありません。</translation>
    </message>
    <message>
        <source>The risk acceptance expired on %1.</source>
        <translation>リスク受容は %1 に期限切れになりました。</translation>
    </message>
    <message>
        <source>The control &quot;%1&quot; was due on %2.</source>
        <translation>補完的な措置「%1」の期限は %2 でした。</translation>
    </message>
</context>
<context>
    <name>Cpe</name>
    <message>
        <source>field %1 (%2)</source>
        <translation>フィールド %1（%2）</translation>
    </message>
    <message>
        <source>%1: a wildcard needs some text next to it; expected a value, * (any) or - (not applicable)</source>
        <translation>%1: ワイルドカードの隣には文字が必要です。値、*（任意）、-（該当なし）のいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1: the wildcard %2 is in the middle of the value; &apos;*&apos; and &apos;?&apos; may only start or end a value (escape them as \* or \? to mean the character)</source>
        <translation>%1: ワイルドカード %2 が値の途中にあります。&apos;*&apos; と &apos;?&apos; は値の先頭または末尾にのみ使用できます（文字そのものを表すには \* または \? とエスケープしてください）</translation>
    </message>
    <message>
        <source>%1: the part &quot;%2&quot; is not one of a (application), o (operating system), h (hardware) or * (any)</source>
        <translation>%1: part「%2」は a（アプリケーション）、o（OS）、h（ハードウェア）、*（任意）のいずれでもありません</translation>
    </message>
    <message>
        <source>%1: the part may not be - (not applicable); expected a, o, h or *</source>
        <translation>%1: part に -（該当なし）は指定できません。a、o、h、* のいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1 is empty; expected a value, * (any) or - (not applicable)</source>
        <translation>%1 が空です。値、*（任意）、-（該当なし）のいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1 ends with a backslash; a backslash must be followed by the punctuation character it quotes</source>
        <translation>%1 がバックスラッシュで終わっています。バックスラッシュの後には、エスケープする記号を続ける必要があります</translation>
    </message>
    <message>
        <source>%1: the backslash before %2 quotes nothing; only punctuation may be quoted</source>
        <translation>%1: %2 の前のバックスラッシュは何もエスケープしていません。エスケープできるのは記号のみです</translation>
    </message>
    <message>
        <source>%1: the character %2 must be quoted as \%3</source>
        <translation>%1: 文字 %2 は \%3 のようにエスケープする必要があります</translation>
    </message>
    <message>
        <source>%1: the character %2 is not allowed; a CPE value holds letters, digits and quoted punctuation only</source>
        <translation>%1: 文字 %2 は使用できません。CPEの値に使用できるのは英字、数字、エスケープした記号のみです</translation>
    </message>
    <message>
        <source>%1: the part may not be - (not applicable); expected a, o, h or empty</source>
        <translation>%1: part に -（該当なし）は指定できません。a、o、h のいずれかを指定するか、空にしてください</translation>
    </message>
    <message>
        <source>%1: &apos;%&apos; must be followed by two hexadecimal digits</source>
        <translation>%1: &apos;%&apos; の後には2桁の16進数が必要です</translation>
    </message>
    <message>
        <source>%1: %%2 does not encode a punctuation character</source>
        <translation>%1: %%2 は記号をエンコードしていません</translation>
    </message>
    <message>
        <source>%1: the character %2 is not allowed in a CPE 2.2 name; percent-encode punctuation (e.g. %28 for &apos;(&apos;)</source>
        <translation>%1: 文字 %2 はCPE 2.2名では使用できません。記号はパーセントエンコードしてください（例: &apos;(&apos; は %28）</translation>
    </message>
    <message>
        <source>The CPE 2.3 name has %1 fields; expected 13 (cpe:2.3:part:vendor:product:version:update:edition:language:sw_edition:target_sw:target_hw:other)</source>
        <translation>CPE 2.3名のフィールド数が%1個です。13個（cpe:2.3:part:vendor:product:version:update:edition:language:sw_edition:target_sw:target_hw:other）が必要です</translation>
    </message>
    <message>
        <source>The CPE 2.2 name has %1 components; expected at most 7 (cpe:/part:vendor:product:version:update:edition:language)</source>
        <translation>CPE 2.2名のコンポーネント数が%1個です。最大7個（cpe:/part:vendor:product:version:update:edition:language）までです</translation>
    </message>
    <message>
        <source>field %1 (edition): a packed edition has %2 parts; expected ~edition~sw_edition~target_sw~target_hw~other</source>
        <translation>フィールド %1（edition）: パックされたeditionの要素数が%2個です。~edition~sw_edition~target_sw~target_hw~other の形式が必要です</translation>
    </message>
    <message>
        <source>The CPE name is %1 characters long; at most %2 are accepted</source>
        <translation>CPE名が%1文字あります。受け付けるのは%2文字までです</translation>
    </message>
    <message>
        <source>The CPE name is empty; expected cpe:2.3:… or cpe:/…</source>
        <translation>CPE名が空です。次のいずれかの形式で指定してください: cpe:2.3:… または cpe:/…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPE name; expected cpe:2.3:… (CPE 2.3) or cpe:/… (CPE 2.2)</source>
        <translation>「%1」はCPE名ではありません。cpe:2.3:…（CPE 2.3）または cpe:/…（CPE 2.2）の形式で指定してください</translation>
    </message>
    <message>
        <source>part</source>
        <translation>part</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>vendor</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>edition</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>sw_edition</source>
        <translation>sw_edition</translation>
    </message>
    <message>
        <source>target_sw</source>
        <translation>target_sw</translation>
    </message>
    <message>
        <source>target_hw</source>
        <translation>target_hw</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>CreatePlanCommand</name>
    <message>
        <source>Create %1 plan</source>
        <translation>%1計画の作成</translation>
    </message>
    <message>
        <source>Create plan %1</source>
        <translation>計画 %1 の作成</translation>
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
    <message>
        <source>%1: unknown parameter &apos;%2&apos;; only sslmode is understood.</source>
        <translation>%1: 不明なパラメーター &apos;%2&apos; です。指定できるのは sslmode のみです。</translation>
    </message>
    <message>
        <source>%1: unknown TLS mode &apos;%2&apos;; use one of %3.</source>
        <translation>%1: 不明なTLSモード &apos;%2&apos; です。%3 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The TLS (SSL) connection to %1 failed: %2</source>
        <translation>%1 へのTLS（SSL）接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>The data version is an SQLite feature.</source>
        <translation>データバージョンはSQLiteの機能です。</translation>
    </message>
    <message>
        <source>Change notifications are a PostgreSQL feature.</source>
        <translation>変更通知はPostgreSQLの機能です。</translation>
    </message>
    <message>
        <source>The database driver for %1 cannot deliver change notifications.</source>
        <translation>%1 のデータベースドライバーは変更通知を受け取れません。</translation>
    </message>
    <message>
        <source>Cannot reach the database server for %1. Check the host, the port and that the server is running.</source>
        <translation>%1 のデータベースサーバーに接続できません。ホスト、ポート、およびサーバーが稼働していることを確認してください。</translation>
    </message>
    <message>
        <source>The server refused the password for %1. Set PGPASSWORD or add the password to ~/.pgpass.</source>
        <translation>サーバーが %1 のパスワードを拒否しました。PGPASSWORD を設定するか、~/.pgpass にパスワードを追加してください。</translation>
    </message>
    <message>
        <source>Your database account may not do this on %1: %2</source>
        <translation>%1 では、お使いのデータベースアカウントにこの操作の権限がありません: %2</translation>
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
    <name>DeletePatchCommand</name>
    <message>
        <source>Delete patch %1</source>
        <translation>パッチ %1 の削除</translation>
    </message>
    <message>
        <source>The patch was already deleted by someone else.</source>
        <translation>このパッチは既に他のユーザーによって削除されています。</translation>
    </message>
</context>
<context>
    <name>DeletePlanCommand</name>
    <message>
        <source>Delete plan %1</source>
        <translation>計画 %1 の削除</translation>
    </message>
    <message>
        <source>The plan was already deleted by someone else.</source>
        <translation>この計画は既に他のユーザーによって削除されています。</translation>
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
    <name>DueRules</name>
    <message>
        <source>known exploited (KEV, ransomware)</source>
        <translation>悪用が確認された脆弱性 (KEV、ランサムウェア)</translation>
    </message>
    <message>
        <source>known exploited (KEV)</source>
        <translation>悪用が確認された脆弱性 (KEV)</translation>
    </message>
    <message>
        <source>not known exploited</source>
        <translation>悪用の確認なし</translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation>インターネット公開</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>社内</translation>
    </message>
    <message>
        <source>internal, not exposed at this tier</source>
        <translation>社内（このティアは公開扱いの対象外）</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>ティア%1</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>severity none</source>
        <translation>深刻度なし</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>スコアなし</translation>
    </message>
    <message>
        <source>%1 (CVSS %2)</source>
        <translation>%1（CVSS %2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>定例</translation>
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
    <name>EditPatchCommand</name>
    <message>
        <source>Edit patch %1</source>
        <translation>パッチ %1 の編集</translation>
    </message>
</context>
<context>
    <name>EditStepsCommand</name>
    <message>
        <source>Edit the steps of %1</source>
        <translation>%1 の手順の編集</translation>
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
    <name>EndOfLifeImport</name>
    <message>
        <source>the folder has no *.json files.</source>
        <translation>フォルダーに *.json ファイルがありません。</translation>
    </message>
    <message>
        <source>no such file or folder.</source>
        <translation>ファイルまたはフォルダーが存在しません。</translation>
    </message>
    <message>
        <source>%1 files; at most %2 are accepted in one import.</source>
        <translation>%1ファイルあります。1回のインポートで受け付けるのは%2ファイルまでです。</translation>
    </message>
    <message>
        <source>the file has %1 MB; files above %2 MB are refused (endoflife.date files have a few KB).</source>
        <translation>ファイルサイズが%1 MBあります。%2 MBを超えるファイルは受け付けません（endoflife.dateのファイルは数KBです）。</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>the file grew above %1 MB while it was read.</source>
        <translation>読み込み中にファイルサイズが%1 MBを超えました。</translation>
    </message>
    <message>
        <source>the file has %1 MB; files above %2 MB are refused.</source>
        <translation>ファイルサイズが%1 MBあります。%2 MBを超えるファイルは受け付けません。</translation>
    </message>
    <message>
        <source>The endoflife.date files have errors; nothing was changed.</source>
        <translation>endoflife.dateのファイルにエラーがあります。何も変更していません。</translation>
    </message>
    <message>
        <source>No endoflife.date file to import.</source>
        <translation>インポートするendoflife.dateのファイルがありません。</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>値がありません。</translation>
    </message>
    <message>
        <source>must be text, not %1.</source>
        <translation>テキストを指定してください（%1 は指定できません）。</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>%1文字を超えています。</translation>
    </message>
    <message>
        <source>contains a NUL character, which cannot be stored.</source>
        <translation>NUL文字が含まれているため保存できません。</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>空です。</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD), not %1.</source>
        <translation>日付（YYYY-MM-DD）を指定してください（%1 は指定できません）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>「%1」はYYYY-MM-DD形式の日付ではありません。</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1 は存在しない日付です。</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD) or true/false, not %1.</source>
        <translation>日付（YYYY-MM-DD）または true/false を指定してください（%1 は指定できません）。</translation>
    </message>
    <message>
        <source>must be true, false or null, not %1.</source>
        <translation>true、false、null のいずれかを指定してください（%1 は指定できません）。</translation>
    </message>
    <message>
        <source>the cycle &quot;%1&quot; appears twice in the file.</source>
        <translation>サイクル「%1」がファイル内に2回出現します。</translation>
    </message>
    <message>
        <source>release %1 is %2, not an object with a &quot;cycle&quot;.</source>
        <translation>リリース %1 が%2です。&quot;cycle&quot; を持つオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>release %1 is %2, not an object with a &quot;name&quot;.</source>
        <translation>リリース %1 が%2です。&quot;name&quot; を持つオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>must be true or false, not %1.</source>
        <translation>true または false を指定してください（%1 は指定できません）。</translation>
    </message>
    <message>
        <source>must be an object with a &quot;name&quot; or null, not %1.</source>
        <translation>&quot;name&quot; を持つオブジェクトまたは null を指定してください（%1 は指定できません）。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>not valid JSON (%1); the file may be cut short or not an endoflife.date file.</source>
        <translation>有効なJSONではありません（%1）。ファイルが途中で切れているか、endoflife.dateのファイルではない可能性があります。</translation>
    </message>
    <message>
        <source>a list-form (v0) file must be named after its endoflife.date product, like rhel.json; &quot;%1&quot; is not a product id.</source>
        <translation>リスト形式（v0）のファイルには、rhel.json のようにendoflife.dateの製品名を付ける必要があります。「%1」は製品IDではありません。</translation>
    </message>
    <message>
        <source>unknown shape: expected a list of release cycles (API v0) or an object with result.releases (API v1).</source>
        <translation>不明な形式です。リリースサイクルのリスト（API v0）または result.releases を持つオブジェクト（API v1）である必要があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an endoflife.date product id.</source>
        <translation>「%1」はendoflife.dateの製品IDではありません。</translation>
    </message>
    <message>
        <source>%1 release cycles; at most %2 are accepted in one file.</source>
        <translation>リリースサイクルが%1件あります。1ファイルで受け付けるのは%2件までです。</translation>
    </message>
    <message>
        <source>the file lists no release cycles.</source>
        <translation>ファイルにリリースサイクルがありません。</translation>
    </message>
    <message>
        <source>%1 is also in %2; this file&apos;s dates apply.</source>
        <translation>%1 は %2 にもあります。このファイルの日付を適用します。</translation>
    </message>
</context>
<context>
    <name>FindingRepository</name>
    <message>
        <source>No longer matches: %1</source>
        <translation>照合しなくなりました: %1</translation>
    </message>
    <message>
        <source>The upgrade patch of %1 was not stored.</source>
        <translation>%1 のアップグレードパッチを保存できませんでした。</translation>
    </message>
    <message>
        <source>Finding %1: the state &quot;%2&quot; needs a justification or a detail saying why.</source>
        <translation>検出事項 %1: 状態「%2」には、根拠または理由を説明する詳細が必要です。</translation>
    </message>
    <message>
        <source>Finding %1: a review date is only kept for &quot;%2&quot; and &quot;%3&quot;; clear it for &quot;%4&quot;.</source>
        <translation>検出事項 %1: 再確認日を保持するのは「%2」と「%3」の場合のみです。「%4」の場合はクリアしてください。</translation>
    </message>
    <message>
        <source>Finding %1: the review date %2 is in the past; expected today or later.</source>
        <translation>検出事項 %1: 再確認日 %2 が過去の日付です。今日以降の日付を指定してください。</translation>
    </message>
    <message>
        <source>Finding %1 was deleted by someone else.</source>
        <translation>検出事項 %1 は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>Finding %1 was changed by someone else since you opened it.</source>
        <translation>検出事項 %1 は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>Finding %1 was changed by someone else.</source>
        <translation>検出事項 %1 は他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>Patch: the title is empty; expected a short description such as &quot;KB5034441&quot; or &quot;Upgrade to 2.4.62&quot;.</source>
        <translation>パッチ: タイトルが空です。「KB5034441」や「2.4.62 へのアップグレード」のような短い説明を入力してください。</translation>
    </message>
    <message>
        <source>Patch &quot;%1&quot;: expected minutes %2 is out of range; expected 0 to 10080.</source>
        <translation>パッチ「%1」: 想定所要時間 %2 分が範囲外です。0～10080 分の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The patch &quot;%1&quot; was not stored.</source>
        <translation>パッチ「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The patch &quot;%1&quot; was deleted by someone else.</source>
        <translation>パッチ「%1」は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The patch &quot;%1&quot; was changed by someone else since you opened it.</source>
        <translation>パッチ「%1」は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The patch &quot;%1&quot; was changed by someone else.</source>
        <translation>パッチ「%1」は他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The patch was already deleted by someone else.</source>
        <translation>このパッチは既に他のユーザーによって削除されています。</translation>
    </message>
</context>
<context>
    <name>FrozenDocument</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Frozen-systems register</source>
        <translation>塩漬けシステム台帳</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <source>Systems frozen on their current versions, or with frozen components, with the compensating controls, risk acceptances and gaps as of %1.</source>
        <translation>%1 時点で、現在のバージョンのまま塩漬けにしているシステム、または塩漬けの構成要素を含むシステムと、その補完的な措置、リスク受容、不備。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>No frozen systems or components.</source>
        <translation>塩漬けのシステムや構成要素はありません。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>補完的な措置</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>不備</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s), </source>
        <translation>
            <numerusform>システム %n 件、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s), </source>
        <translation>
            <numerusform>構成要素 %n件、 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s).</source>
        <translation>
            <numerusform>不備 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The system is frozen.</source>
        <translation>このシステムは塩漬けです。</translation>
    </message>
    <message>
        <source>Components of the system are frozen.</source>
        <translation>このシステムの構成要素が塩漬けになっています。</translation>
    </message>
    <message>
        <source>Decision: frozen</source>
        <translation>方針: 塩漬け</translation>
    </message>
    <message>
        <source>System frozen</source>
        <translation>システムが塩漬け</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>EOSL</source>
        <translation>EOSL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Frozen because</source>
        <translation>塩漬けの理由</translation>
    </message>
    <message>
        <source>Compensating controls</source>
        <translation>補完的な措置</translation>
    </message>
    <message>
        <source>No controls.</source>
        <translation>補完的な措置はありません。</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>%n日ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>once</source>
        <translation>1 回のみ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>open</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Last evidence</source>
        <translation>最終実施記録</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>次回期限</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Risk acceptances</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>No risk acceptances.</source>
        <translation>リスク受容はありません。</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>検出事項 %1</translation>
    </message>
    <message>
        <source>Component %1</source>
        <translation>構成要素 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>not approved (requested by %1)</source>
        <translation>未承認（申請者: %1）</translation>
    </message>
    <message>
        <source>Finding or component</source>
        <translation>検出事項または構成要素</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Approved by, on</source>
        <translation>承認者・承認日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Operational cadences</source>
        <translation>運用上の定期作業</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>実施項目</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>間隔</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>最終実施日</translation>
    </message>
    <message>
        <source>No gaps</source>
        <translation>不備なし</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>不備</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>GanttPainter</name>
    <message>
        <source>Window %1–%2 (%3)</source>
        <translation>作業時間帯 %1–%2（%3）</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>リードタイム</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>事後確認</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>手順なし</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>メンテナンスウィンドウ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Rollback decision</source>
        <translation>ロールバック判断</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
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
    <name>JsonStream</name>
    <message>
        <source>The file ends inside a string that starts on line %1; the file is cut short.</source>
        <translation>%1行目から始まる文字列の途中でファイルが終わっています。ファイルが途中で切れています。</translation>
    </message>
    <message>
        <source>A string contains the control character %1; JSON expects it written as an escape such as \n.</source>
        <translation>文字列に制御文字 %1 が含まれています。JSONでは \n のようなエスケープで記述する必要があります。</translation>
    </message>
    <message>
        <source>The file ends inside a value that starts on line %1; the file is cut short.</source>
        <translation>%1行目から始まる値の途中でファイルが終わっています。ファイルが途中で切れています。</translation>
    </message>
    <message>
        <source>Unexpected character %1; expected a JSON value (a string, number, object, array, true, false or null).</source>
        <translation>予期しない文字 %1 があります。JSONの値（文字列、数値、オブジェクト、配列、true、false、null）が必要です。</translation>
    </message>
    <message>
        <source>Values are nested more than %1 levels deep; a feed record is far shallower.</source>
        <translation>値の入れ子が%1階層を超えています。フィードのレコードはこれよりはるかに浅いはずです。</translation>
    </message>
    <message>
        <source>Unexpected %1: the %2 opened before it is not closed.</source>
        <translation>予期しない %1 があります。その前に開かれた %2 が閉じられていません。</translation>
    </message>
    <message>
        <source>Unexpected character %1 inside a value that starts on line %2.</source>
        <translation>%2行目から始まる値の中に予期しない文字 %1 があります。</translation>
    </message>
    <message>
        <source>The file starts with an incomplete byte order mark; expected a JSON object.</source>
        <translation>ファイルが不完全なBOMで始まっています。JSONオブジェクトが必要です。</translation>
    </message>
    <message>
        <source>The file is empty; expected a JSON object.</source>
        <translation>ファイルが空です。JSONオブジェクトが必要です。</translation>
    </message>
    <message>
        <source>The file does not start with a JSON object: found %1, expected &quot;{&quot;.</source>
        <translation>ファイルがJSONオブジェクトで始まっていません。&quot;{&quot; が必要ですが、%1 がありました。</translation>
    </message>
    <message>
        <source>The file ends inside the top-level object that starts on line %1; the file is cut short.</source>
        <translation>%1行目から始まる最上位オブジェクトの途中でファイルが終わっています。ファイルが途中で切れています。</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON object; expected nothing more.</source>
        <translation>JSONオブジェクトの終わりの後に余分なテキストがあります。これ以上何も続かない必要があります。</translation>
    </message>
    <message>
        <source>The record is larger than %1 MB; a feed record is far smaller.</source>
        <translation>レコードが%1 MBを超えています。フィードのレコードははるかに小さいはずです。</translation>
    </message>
    <message>
        <source>Unexpected %1 in the top-level object; expected &quot;,&quot; or &quot;}&quot;.</source>
        <translation>最上位オブジェクト内に予期しない %1 があります。&quot;,&quot; または &quot;}&quot; が必要です。</translation>
    </message>
    <message>
        <source>The file ends inside the top-level object; the file is cut short.</source>
        <translation>最上位オブジェクトの途中でファイルが終わっています。ファイルが途中で切れています。</translation>
    </message>
    <message>
        <source>Unexpected %1 in the top-level object; expected a key in double quotes.</source>
        <translation>最上位オブジェクト内に予期しない %1 があります。二重引用符で囲んだキーが必要です。</translation>
    </message>
    <message>
        <source>The file ends after a key; the file is cut short.</source>
        <translation>キーの後でファイルが終わっています。ファイルが途中で切れています。</translation>
    </message>
    <message>
        <source>Unexpected %1 after a key; expected &quot;:&quot;.</source>
        <translation>キーの後に予期しない %1 があります。&quot;:&quot; が必要です。</translation>
    </message>
    <message>
        <source>The file ends after the key &quot;%1&quot;; the file is cut short.</source>
        <translation>キー「%1」の後でファイルが終わっています。ファイルが途中で切れています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array: found %2, expected &quot;[&quot;.</source>
        <translation>「%1」は配列ではありません。&quot;[&quot; が必要ですが、%2 がありました。</translation>
    </message>
    <message>
        <source>The file ends inside the &quot;%1&quot; array; the file is cut short.</source>
        <translation>配列「%1」の途中でファイルが終わっています。ファイルが途中で切れています。</translation>
    </message>
    <message>
        <source>Unexpected %1 in the &quot;%2&quot; array; expected &quot;,&quot; or &quot;]&quot;.</source>
        <translation>配列「%2」内に予期しない %1 があります。&quot;,&quot; または &quot;]&quot; が必要です。</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>This build of Patch Planner has no keychain support.</source>
        <translation>このビルドのPatch Plannerはキーチェーンに対応していません。</translation>
    </message>
</context>
<context>
    <name>LifecycleRepository</name>
    <message>
        <source>The release cycle %1 %2 was not stored.</source>
        <translation>リリースサイクル %1 %2 を保存できませんでした。</translation>
    </message>
    <message>
        <source>The target version is longer than %1 characters.</source>
        <translation>目標バージョンが%1文字を超えています。</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>メモが%1文字を超えています。</translation>
    </message>
    <message>
        <source>The component was deleted by someone else.</source>
        <translation>この構成要素は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The upgrade decision of this component was changed by someone else since you opened it.</source>
        <translation>この構成要素のアップグレード方針は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The upgrade decision of this component was changed by someone else.</source>
        <translation>この構成要素のアップグレード方針は他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>Say which product the choice is for.</source>
        <translation>どの製品に対する選択かを指定してください。</translation>
    </message>
    <message>
        <source>The vendor or product name is longer than %1 characters.</source>
        <translation>ベンダー名または製品名が%1文字を超えています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an endoflife.date product id (like rhel or windows-server).</source>
        <translation>「%1」はendoflife.dateの製品ID（rhel、windows-server など）ではありません。</translation>
    </message>
    <message>
        <source>%1 %2 was confirmed as %3 by %4 meanwhile.</source>
        <translation>その間に %4 が %1 %2 を %3 として確定しました。</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>The choice was not stored.</source>
        <translation>選択を保存できませんでした。</translation>
    </message>
    <message>
        <source>The choice for %1 %2 was removed by someone else.</source>
        <translation>%1 %2 の選択は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The choice for %1 %2 was changed by someone else since you opened it.</source>
        <translation>%1 %2 の選択は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>%1 %2 already has a choice of its own.</source>
        <translation>%1 %2 には既に独自の選択があります。</translation>
    </message>
    <message>
        <source>The choice for %1 %2 was changed by someone else.</source>
        <translation>%1 %2 の選択は他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The choice was already removed by someone else.</source>
        <translation>この選択は既に他のユーザーによって削除されています。</translation>
    </message>
    <message>
        <source>The release date is not a valid date.</source>
        <translation>リリース日が有効な日付ではありません。</translation>
    </message>
    <message>
        <source>%1: give a valid date, or choose ended, not announced or unknown.</source>
        <translation>%1: 有効な日付を入力するか、「終了済み」「未発表」「不明」のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>The lifecycle dates of this component were changed by someone else since you opened them.</source>
        <translation>この構成要素のライフサイクルの日付は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The lifecycle dates of this component were changed by someone else.</source>
        <translation>この構成要素のライフサイクルの日付は他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The release date can only be set to a date.</source>
        <translation>リリース日には日付のみ設定できます。</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>E&amp;xport list…</source>
        <translation>一覧をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>一覧のエクスポート</translation>
    </message>
    <message>
        <source>The list was not exported. %1</source>
        <translation>一覧をエクスポートできませんでした。%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n 行を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <source>All systems</source>
        <translation>すべてのシステム</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
    <message>
        <source>planner and approver</source>
        <translation>計画担当・承認者</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>計画担当</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>未照合</translation>
    </message>
    <message>
        <source>Set on the component</source>
        <translation>構成要素で設定</translation>
    </message>
    <message>
        <source>Confirmed for this product</source>
        <translation>この製品で確定</translation>
    </message>
    <message>
        <source>Matched by name</source>
        <translation>名前で照合</translation>
    </message>
    <message>
        <source>Matched by CPE</source>
        <translation>CPEで照合</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>リリース日</translation>
    </message>
    <message>
        <source>End of active support</source>
        <translation>アクティブサポート終了</translation>
    </message>
    <message>
        <source>End of security support (EOSL)</source>
        <translation>セキュリティサポート終了 (EOSL)</translation>
    </message>
    <message>
        <source>End of extended support</source>
        <translation>延長サポート終了</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>Routine upgrade</source>
        <translation>定常アップグレード</translation>
    </message>
    <message>
        <source>Vendor project</source>
        <translation>ベンダー案件</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>システム名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
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
        <source>Lifecycle state</source>
        <translation>ライフサイクル状態</translation>
    </message>
    <message>
        <source>Patch window</source>
        <translation>パッチ適用枠</translation>
    </message>
    <message>
        <source>Initial response</source>
        <translation>初動対応</translation>
    </message>
    <message>
        <source>Escalation contacts</source>
        <translation>エスカレーション先</translation>
    </message>
    <message>
        <source>Recovery policy</source>
        <translation>復旧方針</translation>
    </message>
    <message>
        <source>Trace check</source>
        <translation>痕跡確認</translation>
    </message>
    <message>
        <source>Logs, short term</source>
        <translation>ログ保管（短期）</translation>
    </message>
    <message>
        <source>Logs, long term</source>
        <translation>ログ保管（長期）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>System #%1</source>
        <translation>システム #%1</translation>
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
        <source>CPE 2.3 name</source>
        <translation>CPE 2.3 名</translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation>パッケージURL</translation>
    </message>
    <message>
        <source>endoflife.date product</source>
        <translation>endoflife.date製品名</translation>
    </message>
    <message>
        <source>endoflife.date cycle</source>
        <translation>endoflife.dateサイクル</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a known name of %2.</source>
        <translation>「%1」は %2 の既知の名前です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name of %2 in the imported files.</source>
        <translation>「%1」はインポートしたファイル内の %2 の名前です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; begins with &quot;%2&quot;, a known name of %3.</source>
        <translation>「%1」は %3 の既知の名前「%2」で始まります。</translation>
    </message>
    <message>
        <source>Confirmed as not tracked on endoflife.date.</source>
        <translation>endoflife.dateの対象外として確定済みです。</translation>
    </message>
    <message>
        <source>Confirmed for %1 %2.</source>
        <translation>%1 %2 として確定済みです。</translation>
    </message>
    <message>
        <source>The CPE %1 names %2.</source>
        <translation>CPE %1 は %2 を示しています。</translation>
    </message>
    <message>
        <source>No endoflife.date product is known by this name or CPE.</source>
        <translation>この名前またはCPEに該当するendoflife.dateの製品はありません。</translation>
    </message>
    <message>
        <source>The component names %1 itself.</source>
        <translation>構成要素に %1 が直接指定されています。</translation>
    </message>
    <message>
        <source>No release cycles of %1 are imported yet.</source>
        <translation>%1 のリリースサイクルはまだインポートされていません。</translation>
    </message>
    <message>
        <source>No cycle of %1 fits the version &quot;%2&quot;.</source>
        <translation>バージョン「%2」に該当する %1 のサイクルはありません。</translation>
    </message>
    <message>
        <source>The version &quot;%1&quot; is in cycle %2.</source>
        <translation>バージョン「%1」はサイクル %2 に該当します。</translation>
    </message>
    <message>
        <source>Past EOSL</source>
        <translation>EOSL超過</translation>
    </message>
    <message numerus="yes">
        <source>Ends within %n day(s)</source>
        <translation>
            <numerusform>%n日以内に終了</numerusform>
        </translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>サポート中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>In triage</source>
        <translation>トリアージ中</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>影響あり</translation>
    </message>
    <message>
        <source>Not affected</source>
        <translation>影響なし</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>誤検知</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Code not present</source>
        <translation>該当コードなし</translation>
    </message>
    <message>
        <source>Code not reachable</source>
        <translation>コードに到達不能</translation>
    </message>
    <message>
        <source>Requires configuration</source>
        <translation>特定の設定が必要</translation>
    </message>
    <message>
        <source>Requires dependency</source>
        <translation>特定の依存関係が必要</translation>
    </message>
    <message>
        <source>Requires environment</source>
        <translation>特定の環境が必要</translation>
    </message>
    <message>
        <source>Protected by compiler</source>
        <translation>コンパイラーで保護</translation>
    </message>
    <message>
        <source>Protected at runtime</source>
        <translation>実行時に保護</translation>
    </message>
    <message>
        <source>Protected at perimeter</source>
        <translation>境界で保護</translation>
    </message>
    <message>
        <source>Protected by mitigating control</source>
        <translation>緩和策で保護</translation>
    </message>
    <message>
        <source>Component not present</source>
        <translation>該当構成要素なし</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>定例</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>Vendor, product and version</source>
        <translation>ベンダー・製品・バージョン</translation>
    </message>
    <message>
        <source>KEV due date</source>
        <translation>KEVの対応期限</translation>
    </message>
    <message>
        <source>Known exploited (KEV)</source>
        <translation>悪用が確認された脆弱性 (KEV)</translation>
    </message>
    <message>
        <source>Internet-facing, critical</source>
        <translation>インターネット公開・重大</translation>
    </message>
    <message>
        <source>Internet-facing, high</source>
        <translation>インターネット公開・高</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>スコアなし</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>アップグレード</translation>
    </message>
    <message>
        <source>Vendor patch</source>
        <translation>ベンダーパッチ</translation>
    </message>
    <message>
        <source>Vendor support contract</source>
        <translation>ベンダー個別サポート契約</translation>
    </message>
    <message>
        <source>Alternative service</source>
        <translation>代替サービス</translation>
    </message>
    <message>
        <source>Network isolation or ACL</source>
        <translation>ネットワーク分離・ACL</translation>
    </message>
    <message>
        <source>Virtual patch (WAF/IPS)</source>
        <translation>仮想パッチ（WAF/IPS）</translation>
    </message>
    <message>
        <source>Feature disabled</source>
        <translation>機能の無効化</translation>
    </message>
    <message>
        <source>Enhanced monitoring</source>
        <translation>監視の強化</translation>
    </message>
    <message>
        <source>Periodic log review</source>
        <translation>定期的なログ確認</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受容</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>低減</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移転</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Vulnerability scan</source>
        <translation>脆弱性診断</translation>
    </message>
    <message>
        <source>Backup-restore drill</source>
        <translation>バックアップ・リストア訓練</translation>
    </message>
    <message>
        <source>EOSL review</source>
        <translation>EOSLの見直し</translation>
    </message>
    <message>
        <source>Incident-response profile review</source>
        <translation>インシデント対応プロファイルの見直し</translation>
    </message>
    <message>
        <source>Control check</source>
        <translation>補完的な措置の確認</translation>
    </message>
    <message>
        <source>Done as planned (demo data).</source>
        <translation>計画どおり実施（デモデータ）。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>レビュー中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>実施予定</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>ロールバック済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Pre-steps</source>
        <translation>事前作業</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Post-steps</source>
        <translation>事後作業</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>Suppresses monitoring</source>
        <translation>監視を停止する</translation>
    </message>
    <message>
        <source>Restores monitoring</source>
        <translation>監視を再開する</translation>
    </message>
    <message>
        <source>Opens network access</source>
        <translation>ネットワークアクセスを開放する</translation>
    </message>
    <message>
        <source>Closes network access</source>
        <translation>ネットワークアクセスを閉じる</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Provisionally approved</source>
        <translation>仮承認</translation>
    </message>
    <message>
        <source>Outside the maintenance windows</source>
        <translation>メンテナンスウィンドウ外</translation>
    </message>
    <message>
        <source>In a blackout</source>
        <translation>変更禁止期間中</translation>
    </message>
    <message>
        <source>On a public holiday</source>
        <translation>祝日</translation>
    </message>
    <message>
        <source>Overlaps another plan</source>
        <translation>他の計画と重複</translation>
    </message>
    <message>
        <source>Owner booked twice</source>
        <translation>担当の二重予約</translation>
    </message>
    <message>
        <source>Finishes after a due date</source>
        <translation>期限後に終了</translation>
    </message>
    <message>
        <source>Frozen component without acceptance</source>
        <translation>リスク受容のない塩漬けの構成要素</translation>
    </message>
    <message>
        <source>Lead time cannot be met</source>
        <translation>リードタイムを確保できない</translation>
    </message>
    <message>
        <source>The calendar could not be written.</source>
        <translation>カレンダーを書き出せませんでした。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>レポートを書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>PendingPatches</name>
    <message>
        <source>%1 %2</source>
        <comment>product and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Upgrade %1 to a version later than %2</source>
        <translation>%1 を %2 より新しいバージョンにアップグレード</translation>
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation>%1 を %2 にアップグレード</translation>
    </message>
    <message>
        <source>Upgrade %1 (fixed version unknown)</source>
        <translation>%1 をアップグレード（修正バージョン不明）</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>There is no plan %1.</source>
        <translation>計画 %1 はありません。</translation>
    </message>
    <message>
        <source>steps %1–%2 of %3</source>
        <translation>手順 %1–%2（全 %3 件）</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>手順なし</translation>
    </message>
    <message>
        <source>Timeline (%1; %2 – %3)</source>
        <translation>タイムライン（%1、%2 – %3）</translation>
    </message>
    <message>
        <source>Timeline, part %1 of %2 (row %3, column %4): %5; %6 – %7</source>
        <translation>タイムライン %1 / %2（行 %3、列 %4）: %5、%6 – %7</translation>
    </message>
    <message>
        <source>□ Yes   □ No</source>
        <translation>□ はい   □ いいえ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Patch plan %1: %2</source>
        <translation>パッチ適用計画 %1: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · バージョン %3</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Work on site</source>
        <translation>現地作業</translation>
    </message>
    <message>
        <source>Yes (vendor devices are checked in quarantine first)</source>
        <translation>はい（ベンダー持ち込み機器は事前に検疫で確認）</translation>
    </message>
    <message>
        <source>Rollback decision deadline</source>
        <translation>ロールバック判断期限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Not approved yet. Approval must come from someone other than the author.</source>
        <translation>未承認です。承認は作成者以外の人が行う必要があります。</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>判断日時</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定日時</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Security checklist</source>
        <translation>セキュリティチェックリスト</translation>
    </message>
    <message>
        <source>1. Is network reachability changed?</source>
        <translation>1. ネットワークの到達性は変わりますか？</translation>
    </message>
    <message>
        <source>2. Are monitoring or alerts changed?</source>
        <translation>2. 監視またはアラートは変更されますか?</translation>
    </message>
    <message>
        <source>3. Does the runbook agree with the security policy (e.g. no data sent by mail or to unapproved storage)?</source>
        <translation>3. 手順書はセキュリティポリシーに適合していますか（例: データをメールや未承認のストレージに送らない）?</translation>
    </message>
    <message>
        <source>4. Are backup and restore confirmed?</source>
        <translation>4. バックアップとリストアは確認済みですか？</translation>
    </message>
    <message>
        <source>5. Is the rollback confirmed?</source>
        <translation>5. ロールバックは確認済みですか?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>メモ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>競合（%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>署名欄</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Prepared (author)</source>
        <translation>作成（作成者）</translation>
    </message>
    <message>
        <source>Approved (not the author)</source>
        <translation>承認（作成者以外）</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>対象範囲</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Operations contact</source>
        <translation>運用窓口</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ティア</translation>
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
        <source>Operations profile of %1</source>
        <translation>%1 の運用プロファイル</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>Escalation contacts</source>
        <translation>エスカレーション先</translation>
    </message>
    <message>
        <source>Recovery policy</source>
        <translation>復旧方針</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初動対応</translation>
    </message>
    <message>
        <source>Trace check</source>
        <translation>痕跡確認</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <source>No components.</source>
        <translation>構成要素はありません。</translation>
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
    <message>
        <source>Target version</source>
        <translation>目標バージョン</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>インスタンス数</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>パッチ</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message>
        <source>No patches: the plan changes no versions.</source>
        <translation>パッチなし: この計画ではバージョンを変更しません。</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>想定時間</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>Findings resolved</source>
        <translation>解決する検出事項</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No open findings in scope.</source>
        <translation>対象範囲に未対応の検出事項はありません。</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>深刻度</translation>
    </message>
    <message>
        <source>Exploited</source>
        <translation>悪用確認</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Effect: %1</source>
        <translation>影響: %1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>作業記録: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>確認印</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Times are in %1. Tick each step when it is done and initial it.</source>
        <translation>時刻は %1 で表記しています。各手順の完了時にチェックを入れ、確認印を押してください。</translation>
    </message>
    <message>
        <source>Lead-time milestones</source>
        <translation>リードタイムのマイルストーン</translation>
    </message>
    <message>
        <source>Before the change</source>
        <translation>事前作業</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>No steps.</source>
        <translation>手順はありません。</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>Decision deadline: %1. If the change is not verified by then, roll back: the steps below end with the window at %2.</source>
        <translation>判断期限: %1。それまでに変更の確認が取れない場合はロールバックしてください。以下の手順は、ウィンドウが終了する %2 までに終わります。</translation>
    </message>
    <message>
        <source>No rollback steps are planned.</source>
        <translation>ロールバック手順は計画されていません。</translation>
    </message>
    <message>
        <source>Patch plan: %1</source>
        <translation>パッチ適用計画: %1</translation>
    </message>
    <message>
        <source>Plan %1 · version %2</source>
        <translation>計画 %1 · バージョン %2</translation>
    </message>
    <message>
        <source>Generated %1 (%2)</source>
        <translation>作成日時 %1（%2）</translation>
    </message>
    <message>
        <source>Generated %1 (%2) by %3</source>
        <translation>作成日時: %1（%2）/ 作成者: %3</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>A plan needs a title.</source>
        <translation>計画にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>A plan needs the start and end of its window.</source>
        <translation>計画には作業時間帯の開始と終了が必要です。</translation>
    </message>
    <message>
        <source>The window ends (%1) before it starts (%2).</source>
        <translation>作業時間帯の終了（%1）が開始（%2）より前になっています。</translation>
    </message>
    <message>
        <source>A plan needs at least one system.</source>
        <translation>計画には少なくとも1つのシステムが必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation>「%1」はこのコンピューターで認識できるタイムゾーンではありません。</translation>
    </message>
    <message>
        <source>Step %1 has no title.</source>
        <translation>手順 %1 にタイトルがありません。</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has a negative duration.</source>
        <translation>手順「%1」の所要時間が負の値です。</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; was not stored.</source>
        <translation>手順「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is paired with a step that is not in the plan.</source>
        <translation>手順「%1」の対になる手順が計画に含まれていません。</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; depends on a step that is not in the plan.</source>
        <translation>手順「%1」が依存する手順が計画に含まれていません。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was not stored.</source>
        <translation>計画「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was deleted by someone else.</source>
        <translation>計画「%1」は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is %2 and can no longer be edited.</source>
        <translation>計画「%1」は%2のため、編集できなくなりました。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was changed by someone else since you opened it.</source>
        <translation>計画「%1」は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The plan was already deleted by someone else.</source>
        <translation>この計画は既に他のユーザーによって削除されています。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is %2: only a draft or a cancelled plan can be deleted; cancel it first.</source>
        <translation>計画「%1」は%2です。削除できるのは下書きまたは中止した計画だけです。先に中止してください。</translation>
    </message>
    <message>
        <source>The plan was deleted by someone else.</source>
        <translation>この計画は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The steps of the plan &quot;%1&quot; can no longer be edited: it is %2.</source>
        <translation>計画「%1」の手順は編集できなくなりました（%2）。</translation>
    </message>
    <message>
        <source>A plan is approved by recording an approval with its security checklist.</source>
        <translation>計画を承認するには、セキュリティチェックリストとともに承認を記録してください。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was changed by someone else.</source>
        <translation>計画「%1」は他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The approval was not stored.</source>
        <translation>承認を保存できませんでした。</translation>
    </message>
    <message>
        <source>The approval was deleted by someone else.</source>
        <translation>承認は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The approval was already confirmed by someone else.</source>
        <translation>承認は既に他のユーザーによって確定されています。</translation>
    </message>
    <message>
        <source>The step was deleted by someone else.</source>
        <translation>手順は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>Steps are checked off while the plan is in progress; &quot;%1&quot; is %2.</source>
        <translation>手順を完了にできるのは計画の実施中だけです。「%1」は%2です。</translation>
    </message>
    <message>
        <source>A step is done at a time not after now, not at %1.</source>
        <translation>手順の完了時刻には現在以前の時刻を指定してください（%1 は指定できません）。</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; was changed by someone else since you opened it.</source>
        <translation>手順「%1」は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>A blackout needs a name.</source>
        <translation>変更禁止期間には名前が必要です。</translation>
    </message>
    <message>
        <source>A blackout needs a first and a last day.</source>
        <translation>変更禁止期間には初日と最終日が必要です。</translation>
    </message>
    <message>
        <source>The blackout&apos;s last day %1 is before its first day %2.</source>
        <translation>変更禁止期間の最終日 %1 が初日 %2 より前になっています。</translation>
    </message>
    <message>
        <source>The maintenance window &quot;%1&quot; was not stored.</source>
        <translation>メンテナンスウィンドウ「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The maintenance window &quot;%1&quot; was deleted by someone else.</source>
        <translation>メンテナンスウィンドウ「%1」は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The maintenance window &quot;%1&quot; was changed by someone else since you opened it.</source>
        <translation>メンテナンスウィンドウ「%1」は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The maintenance window was already deleted by someone else.</source>
        <translation>このメンテナンスウィンドウは既に他のユーザーによって削除されています。</translation>
    </message>
    <message>
        <source>The blackout &quot;%1&quot; was not stored.</source>
        <translation>変更禁止期間「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The blackout &quot;%1&quot; was deleted by someone else.</source>
        <translation>変更禁止期間「%1」は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The blackout &quot;%1&quot; was changed by someone else since you opened it.</source>
        <translation>変更禁止期間「%1」は、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The blackout was already deleted by someone else.</source>
        <translation>この変更禁止期間は既に他のユーザーによって削除されています。</translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>step %1</source>
        <translation>手順 %1</translation>
    </message>
    <message>
        <source>Information collected, impact assessed</source>
        <translation>情報収集・影響評価の完了</translation>
    </message>
    <message>
        <source>Tested in staging</source>
        <translation>検証環境でのテスト完了</translation>
    </message>
    <message>
        <source>Security review and approval</source>
        <translation>セキュリティレビューと承認</translation>
    </message>
    <message>
        <source>Notice to users and stakeholders</source>
        <translation>利用者・関係者への周知</translation>
    </message>
    <message>
        <source>Post-implementation review</source>
        <translation>実施後レビュー</translation>
    </message>
    <message>
        <source>Unknown milestone “%1”.</source>
        <translation>不明なマイルストーン「%1」です。</translation>
    </message>
    <message>
        <source>The milestone “%1” is given twice.</source>
        <translation>マイルストーン「%1」が重複しています。</translation>
    </message>
    <message>
        <source>“%1” must come after the window.</source>
        <translation>「%1」は作業時間帯より後にする必要があります。</translation>
    </message>
    <message>
        <source>“%1” must come before the window.</source>
        <translation>「%1」は作業時間帯より前にする必要があります。</translation>
    </message>
    <message>
        <source>“%1” must come after “%2”.</source>
        <translation>「%1」は「%2」より後にする必要があります。</translation>
    </message>
    <message>
        <source>“%1” depends on a step that is not in the plan.</source>
        <translation>「%1」が依存する手順が計画に含まれていません。</translation>
    </message>
    <message>
        <source>“%1” depends on itself.</source>
        <translation>「%1」が自分自身に依存しています。</translation>
    </message>
    <message>
        <source>“%1” waits for the rollback step “%2”, which may never run.</source>
        <translation>「%1」はロールバック手順「%2」の完了を待ちますが、この手順は実行されない可能性があります。</translation>
    </message>
    <message>
        <source>These steps wait for each other in a cycle: %1.</source>
        <translation>次の手順が互いの完了を待つ循環になっています: %1。</translation>
    </message>
    <message>
        <source>“%1” suppresses monitoring, and no later step restores it.</source>
        <translation>「%1」は監視を停止しますが、後続に監視を再開する手順がありません。</translation>
    </message>
    <message>
        <source>“%1” suppresses monitoring, but the step meant to restore it is not in the plan.</source>
        <translation>「%1」は監視を停止しますが、監視を再開するための手順が計画に含まれていません。</translation>
    </message>
    <message>
        <source>“%1” suppresses monitoring, but “%2”, the step paired with it, does not restore monitoring.</source>
        <translation>「%1」は監視を停止しますが、対になる手順「%2」は監視を再開しません。</translation>
    </message>
    <message>
        <source>“%1” suppresses monitoring, but “%2”, the step paired with it, does not come after it in the window.</source>
        <translation>「%1」は監視を停止しますが、対になる手順「%2」が作業時間帯内でその後に配置されていません。</translation>
    </message>
    <message>
        <source>“%1” opens network access, and no later step closes it.</source>
        <translation>「%1」はネットワークアクセスを開放しますが、後続に閉じる手順がありません。</translation>
    </message>
    <message>
        <source>“%1” opens network access, but the step meant to close it is not in the plan.</source>
        <translation>「%1」はネットワークアクセスを開放しますが、閉じるための手順が計画に含まれていません。</translation>
    </message>
    <message>
        <source>“%1” opens network access, but “%2”, the step paired with it, does not close it.</source>
        <translation>「%1」はネットワークアクセスを開放しますが、対になる手順「%2」はアクセスを閉じません。</translation>
    </message>
    <message>
        <source>“%1” opens network access, but “%2”, the step paired with it, does not come after it in the window.</source>
        <translation>「%1」はネットワークアクセスを開放しますが、対になる手順「%2」が作業時間帯内でその後に配置されていません。</translation>
    </message>
    <message>
        <source>A plan cannot go from “%1” to “%2”.</source>
        <translation>計画の状態を「%1」から「%2」に変更することはできません。</translation>
    </message>
    <message>
        <source>Set the start and the end of the window.</source>
        <translation>作業時間帯の開始と終了を設定してください。</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>作業時間帯の終了は開始より後にしてください。</translation>
    </message>
    <message>
        <source>The plan has no apply step.</source>
        <translation>計画に適用の手順がありません。</translation>
    </message>
    <message>
        <source>The plan has no approval by someone other than its author.</source>
        <translation>計画に作成者以外による承認がありません。</translation>
    </message>
    <message>
        <source>The plan has no approval or provisional approval.</source>
        <translation>計画に承認または仮承認がありません。</translation>
    </message>
    <message>
        <source>The plan has no approval.</source>
        <translation>計画に承認がありません。</translation>
    </message>
    <message>
        <source>The provisional approval by %1 was not confirmed within 24 hours.</source>
        <translation>%1 による仮承認が24時間以内に確定されませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) not done yet: %1.</source>
        <translation>
            <numerusform>未完了の手順が%n件あります: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No rollback step is done.</source>
        <translation>完了したロールバック手順がありません。</translation>
    </message>
    <message>
        <source>Name the approver.</source>
        <translation>承認者を指定してください。</translation>
    </message>
    <message>
        <source>%1 wrote the plan and cannot approve or reject it.</source>
        <translation>%1 は計画の作成者のため、承認も却下もできません。</translation>
    </message>
    <message>
        <source>Only an emergency plan can be approved provisionally.</source>
        <translation>仮承認できるのは緊急の計画だけです。</translation>
    </message>
    <message>
        <source>Only a plan in review can be decided on; this one is “%1”.</source>
        <translation>判断できるのはレビュー中の計画だけです。この計画は「%1」です。</translation>
    </message>
    <message>
        <source>Say why the plan is rejected.</source>
        <translation>計画を却下する理由を入力してください。</translation>
    </message>
    <message>
        <source>network reachability changed</source>
        <translation>ネットワークの到達性が変わる</translation>
    </message>
    <message>
        <source>monitoring or alerts changed</source>
        <translation>監視またはアラートが変わる</translation>
    </message>
    <message>
        <source>runbook agrees with the security policy</source>
        <translation>手順書がセキュリティポリシーに適合している</translation>
    </message>
    <message>
        <source>backup and restore confirmed</source>
        <translation>バックアップとリストアを確認済み</translation>
    </message>
    <message>
        <source>rollback confirmed</source>
        <translation>ロールバックを確認済み</translation>
    </message>
    <message>
        <source>Answer every question of the security checklist; not answered: %1.</source>
        <translation>セキュリティチェックリストのすべての質問に回答してください。未回答: %1。</translation>
    </message>
    <message>
        <source>The backup and its restore must be confirmed before approval.</source>
        <translation>承認の前に、バックアップとそのリストアを確認する必要があります。</translation>
    </message>
    <message>
        <source>The rollback must be confirmed before approval.</source>
        <translation>承認の前に、ロールバックを確認する必要があります。</translation>
    </message>
    <message>
        <source>The runbook must agree with the security policy before approval.</source>
        <translation>承認の前に、手順書がセキュリティポリシーに適合している必要があります。</translation>
    </message>
    <message>
        <source>Describe in the checklist note how network reachability or monitoring changes.</source>
        <translation>ネットワークの到達性または監視がどのように変わるかを、チェックリストのメモに記入してください。</translation>
    </message>
    <message>
        <source>Only a provisional approval can be confirmed.</source>
        <translation>確定できるのは仮承認だけです。</translation>
    </message>
    <message>
        <source>The provisional approval is already confirmed.</source>
        <translation>この仮承認は既に確定されています。</translation>
    </message>
    <message>
        <source>Name who confirms the approval.</source>
        <translation>承認を確定する人を指定してください。</translation>
    </message>
    <message>
        <source>%1 wrote the plan and cannot confirm its approval.</source>
        <translation>%1 は計画の作成者のため、承認を確定できません。</translation>
    </message>
    <message>
        <source>An approval cannot be confirmed before it was given.</source>
        <translation>承認される前に、その承認を確定することはできません。</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>A plan needs the start of its window.</source>
        <translation>計画には作業時間帯の開始が必要です。</translation>
    </message>
    <message>
        <source>There is no pending patch %1.</source>
        <translation>適用待ちパッチ %1 はありません。</translation>
    </message>
    <message>
        <source>A plan needs at least one system or pending patch.</source>
        <translation>計画には少なくとも1つのシステムまたは適用待ちパッチが必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency patching %1 (%2)</source>
        <translation>緊急パッチ適用 %1（%2）</translation>
    </message>
    <message>
        <source>Regular patching %1 (%2)</source>
        <translation>定例パッチ適用 %1（%2）</translation>
    </message>
    <message>
        <source>The plan was deleted by someone else.</source>
        <translation>この計画は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>Resolved by plan %1 &quot;%2&quot;.</source>
        <translation>計画 %1「%2」により解決しました。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>計画 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>The document could not be started on the printer or file.</source>
        <translation>プリンターまたはファイルへの出力を開始できませんでした。</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>新しいページを開始できませんでした。</translation>
    </message>
    <message>
        <source>The document was cancelled.</source>
        <translation>ドキュメントの出力をキャンセルしました。</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>文書の出力を完了できませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き出せませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 に書き出しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The PDF export was cancelled; nothing was written.</source>
        <translation>PDF のエクスポートをキャンセルしました。何も書き込んでいません。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages).</source>
        <translation>
            <numerusform>%1 に書き出しました（%n ページ）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>The rule is empty: give at least its FREQ, for example FREQ=MONTHLY;BYDAY=2SU.</source>
        <translation>ルールが空です。少なくとも FREQ を指定してください（例: FREQ=MONTHLY;BYDAY=2SU）。</translation>
    </message>
    <message>
        <source>The rule is too long (%1 characters, at most %2).</source>
        <translation>ルールが長すぎます（%1文字。最大%2文字）。</translation>
    </message>
    <message>
        <source>The rule contains a character that is not allowed: “%1”.</source>
        <translation>ルールに使用できない文字が含まれています:「%1」。</translation>
    </message>
    <message>
        <source>“%1” is not a NAME=VALUE part of a rule.</source>
        <translation>「%1」はルールの NAME=VALUE 形式の要素ではありません。</translation>
    </message>
    <message>
        <source>The rule part %1 is not supported.</source>
        <translation>ルールの要素 %1 はサポートされていません。</translation>
    </message>
    <message>
        <source>The rule gives %1 more than once.</source>
        <translation>ルールで %1 が複数回指定されています。</translation>
    </message>
    <message>
        <source>The rule has no FREQ (for example FREQ=MONTHLY).</source>
        <translation>ルールに FREQ がありません（例: FREQ=MONTHLY）。</translation>
    </message>
    <message>
        <source>The rule cannot have both COUNT and UNTIL.</source>
        <translation>ルールに COUNT と UNTIL の両方は指定できません。</translation>
    </message>
    <message>
        <source>INTERVAL must be a whole number from 1 to %1.</source>
        <translation>INTERVAL には1から%1までの整数を指定してください。</translation>
    </message>
    <message>
        <source>COUNT must be a whole number of at least 1.</source>
        <translation>COUNT には1以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>The rule part %1 has an invalid value.</source>
        <translation>ルールの要素 %1 の値が無効です。</translation>
    </message>
    <message>
        <source>The rule is not a valid iCalendar RRULE.</source>
        <translation>ルールが有効な iCalendar の RRULE ではありません。</translation>
    </message>
    <message>
        <source>A numbered weekday (%1) needs FREQ=MONTHLY or FREQ=YEARLY.</source>
        <translation>番号付きの曜日（%1）には FREQ=MONTHLY または FREQ=YEARLY が必要です。</translation>
    </message>
    <message>
        <source>A month has at most five of each weekday (%1).</source>
        <translation>1か月に同じ曜日は最大5回です（%1）。</translation>
    </message>
    <message>
        <source>A year has at most 53 of each weekday (%1).</source>
        <translation>1年に同じ曜日は最大53回です（%1）。</translation>
    </message>
    <message>
        <source>No month of the rule has the days of BYMONTHDAY.</source>
        <translation>BYMONTHDAY の日を含む月がルールにありません。</translation>
    </message>
    <message>
        <source>This combination of rule parts cannot be expanded (for example BYWEEKNO needs FREQ=YEARLY).</source>
        <translation>このルール要素の組み合わせは展開できません（例: BYWEEKNO には FREQ=YEARLY が必要です）。</translation>
    </message>
    <message>
        <source>A maintenance window needs a name.</source>
        <translation>メンテナンスウィンドウには名前が必要です。</translation>
    </message>
    <message>
        <source>A maintenance window cannot repeat more often than hourly.</source>
        <translation>メンテナンスウィンドウは1時間ごとより頻繁には繰り返せません。</translation>
    </message>
    <message>
        <source>A maintenance window needs the date and time of its first occurrence.</source>
        <translation>メンテナンスウィンドウには初回の日時が必要です。</translation>
    </message>
    <message>
        <source>The duration must be from 1 to %1 minutes (a week); %2 given.</source>
        <translation>所要時間は1～%1分（1週間）の範囲で指定してください（指定値: %2）。</translation>
    </message>
    <message>
        <source>A maintenance window needs a time zone.</source>
        <translation>メンテナンスウィンドウにはタイムゾーンが必要です。</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”: use an IANA name such as Asia/Tokyo.</source>
        <translation>不明なタイムゾーン「%1」です。Asia/Tokyo のような IANA 名を使用してください。</translation>
    </message>
    <message>
        <source>The period to list the maintenance windows of is not valid.</source>
        <translation>メンテナンスウィンドウを一覧表示する期間が無効です。</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>the first %1</source>
        <translation>第1%1</translation>
    </message>
    <message>
        <source>the second %1</source>
        <translation>第2%1</translation>
    </message>
    <message>
        <source>the third %1</source>
        <translation>第3%1</translation>
    </message>
    <message>
        <source>the fourth %1</source>
        <translation>第4%1</translation>
    </message>
    <message>
        <source>the fifth %1</source>
        <translation>第5%1</translation>
    </message>
    <message>
        <source>the last %1</source>
        <translation>最終%1</translation>
    </message>
    <message>
        <source>the second to last %1</source>
        <translation>最後から2番目の%1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1と%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>%1日ごと</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>%1週間ごと</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Every %1 months</source>
        <translation>%1か月ごと</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>Every %1 years</source>
        <translation>%1年ごと</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>frequency, months</comment>
        <translation>%1の%2</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>末日</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>days %1</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>frequency, days</comment>
        <translation>%1の%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule, time zone</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start time, end time</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>start time, duration</comment>
        <translation>%1から%2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <comment>rule, time, time zone</comment>
        <translation>%1、%2（%3）</translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation>%1、1回のみ</translation>
    </message>
    <message>
        <source>%1, %2 times</source>
        <translation>%1、%2回</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1、%2まで</translation>
    </message>
</context>
<context>
    <name>ReportCells</name>
    <message>
        <source>ended</source>
        <translation>終了済み</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>未発表</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>作成日時: %1</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>作成日時: %1 / 作成者: %2</translation>
    </message>
</context>
<context>
    <name>RoadmapDocument</name>
    <message>
        <source>EOSL roadmap</source>
        <translation>EOSL ロードマップ</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>グループ化</translation>
    </message>
    <message>
        <source>By system</source>
        <translation>システム別</translation>
    </message>
    <message>
        <source>By product cycle</source>
        <translation>製品サイクル別</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>チャート期間</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2件中%1件</translation>
    </message>
    <message>
        <source>Components per status</source>
        <translation>状態ごとの構成要素数</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>方針未決定</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Components by EOSL</source>
        <translation>構成要素一覧（EOSL 順）</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>要決定</translation>
    </message>
    <message>
        <source>No components match the filter.</source>
        <translation>フィルターに一致する構成要素はありません。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
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
    <message>
        <source>EOSL</source>
        <translation>EOSL</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>方針</translation>
    </message>
</context>
<context>
    <name>RoadmapPainter</name>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>EOSL unknown</source>
        <translation>EOSL不明</translation>
    </message>
    <message>
        <source>ended, date unknown</source>
        <translation>終了済み（日付不明）</translation>
    </message>
    <message>
        <source>past EOSL, contract</source>
        <translation>EOSL超過・契約あり</translation>
    </message>
    <message>
        <source>past EOSL</source>
        <translation>EOSL超過</translation>
    </message>
    <message>
        <source>◀ EOSL %1</source>
        <translation>◀ EOSL %1</translation>
    </message>
    <message>
        <source>Active support</source>
        <translation>アクティブサポート</translation>
    </message>
    <message>
        <source>Security fixes only</source>
        <translation>セキュリティ修正のみ</translation>
    </message>
    <message>
        <source>Extended support, contract</source>
        <translation>延長サポート（契約あり）</translation>
    </message>
    <message>
        <source>Extended support, no contract</source>
        <translation>延長サポート・契約なし</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>過去</translation>
    </message>
    <message>
        <source>Horizons: %1, %2, %3, %4 days</source>
        <translation>期間区分: %1、%2、%3、%4 日</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今日（%1）</translation>
    </message>
    <message>
        <source>No components</source>
        <translation>構成要素なし</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>%1–%2 行目（全 %3 行）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>RoadmapRows</name>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>needs a decision</source>
        <translation>方針未決定</translation>
    </message>
    <message>
        <source>system: %1</source>
        <translation>システム: %1</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>担当: %1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>種別: %1</translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation>テキスト: 「%1」</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>すべての構成要素</translation>
    </message>
    <message>
        <source>Only components with %1</source>
        <translation>%1 に該当する構成要素のみ</translation>
    </message>
</context>
<context>
    <name>RoleAdmin</name>
    <message>
        <source>Roles are a PostgreSQL feature. An SQLite file has one local user, who may change everything the file&apos;s permissions allow: make the file read-only for people who may only look.</source>
        <translation>ロールはPostgreSQLの機能です。SQLiteファイルのユーザーはローカルの1人だけで、ファイルのアクセス権で許される範囲ですべてを変更できます。閲覧のみを許可する人には、ファイルを読み取り専用にしてください。</translation>
    </message>
    <message>
        <source>Only the owner of the Patch Planner tables in %1 (or a superuser) can set up the roles; %2 is not.</source>
        <translation>ロールを設定できるのは %1 のPatch Plannerテーブルの所有者（またはスーパーユーザー）のみです。%2 はそのどちらでもありません。</translation>
    </message>
    <message>
        <source>%1 has no plans table; open it with Patch Planner once to create its tables.</source>
        <translation>%1 には計画テーブルがありません。Patch Plannerで一度開いてテーブルを作成してください。</translation>
    </message>
    <message>
        <source>Setting up the roles failed: %1</source>
        <translation>ロールの設定に失敗しました: %1</translation>
    </message>
    <message>
        <source>Could not read your rights on %1.</source>
        <translation>%1 でのあなたの権限を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>SbomImport</name>
    <message>
        <source>The file is %1 MB; at most %2 MB is read.</source>
        <translation>ファイルサイズが%1 MBあります。読み込むのは%2 MBまでです。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>ファイルを読み込めません: %1。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most that is read.</source>
        <translation>ファイルが読み込みの上限である%1 MBを超えています。</translation>
    </message>
    <message>
        <source>%1 has errors, so nothing was imported. Correct them and import the file again.</source>
        <translation>%1 にエラーがあるため、何もインポートしませんでした。エラーを修正してから、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>There is no system with code %1; create it first or check the code given with --system.</source>
        <translation>コード %1 のシステムはありません。先にシステムを作成するか、--system で指定したコードを確認してください。</translation>
    </message>
    <message>
        <source>No system with code %1.</source>
        <translation>コード %1 のシステムはありません。</translation>
    </message>
    <message>
        <source>Dry run: rolled back.</source>
        <translation>ドライラン: ロールバックしました。</translation>
    </message>
</context>
<context>
    <name>SetManualLifecycleCommand</name>
    <message>
        <source>Edit lifecycle dates</source>
        <translation>ライフサイクルの日付の編集</translation>
    </message>
</context>
<context>
    <name>SetUpgradeDecisionCommand</name>
    <message>
        <source>Set upgrade decision: %1</source>
        <translation>アップグレード方針の設定: %1</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>A setting needs a name.</source>
        <translation>設定には名前が必要です。</translation>
    </message>
    <message>
        <source>The horizons must be four whole numbers of days, each larger than the one before, starting above 0 (for example 30, 90, 180, 365).</source>
        <translation>期間には日数を表す4つの整数を、0より大きい値から順に大きくなるように指定してください（例: 30, 90, 180, 365）。</translation>
    </message>
    <message>
        <source>The EOSL horizons were changed by someone else to %1 days since you opened them.</source>
        <translation>EOSLの期間は、開いた後に他のユーザーによって %1 日に変更されました。</translation>
    </message>
    <message>
        <source>The due-date policy is not valid: every number of days must be between 1 and 3650, the emergency CVSS score between 0 and 10, and the exposed tier between 1 and 4.</source>
        <translation>対応期限ポリシーが無効です。日数はすべて1～3650、緊急とするCVSSスコアは0～10、公開扱いのティアは1～4の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The due-date policy was changed by someone else since you opened it.</source>
        <translation>対応期限ポリシーは、開いた後に他のユーザーによって変更されました。</translation>
    </message>
    <message>
        <source>The acceptance warning must be from 0 to 3650 days (%1 given).</source>
        <translation>リスク受容の事前通知は0～3650日にしてください（指定値: %1）。</translation>
    </message>
</context>
<context>
    <name>StepTemplates</name>
    <message>
        <source>The step templates are larger than %1 MB.</source>
        <translation>手順テンプレートが %1 MB を超えています。</translation>
    </message>
    <message>
        <source>The step templates are not valid JSON: %1 at character %2.</source>
        <translation>手順テンプレートが有効なJSONではありません: %1（%2文字目）。</translation>
    </message>
    <message>
        <source>The step templates must be a JSON object with &quot;version&quot; and &quot;steps&quot;.</source>
        <translation>手順テンプレートは &quot;version&quot; と &quot;steps&quot; を持つJSONオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>The step templates have no &quot;version&quot;.</source>
        <translation>手順テンプレートに &quot;version&quot; がありません。</translation>
    </message>
    <message>
        <source>The step templates are version %1; this version of the program reads version %2.</source>
        <translation>手順テンプレートのバージョンは %1 ですが、このバージョンのプログラムが読み込めるのはバージョン %2 です。</translation>
    </message>
    <message>
        <source>Unknown step template version %1.</source>
        <translation>不明な手順テンプレートのバージョン %1 です。</translation>
    </message>
    <message>
        <source>The step templates have no &quot;steps&quot; list.</source>
        <translation>手順テンプレートに &quot;steps&quot; のリストがありません。</translation>
    </message>
    <message>
        <source>The step templates have %1 steps; at most %2 are allowed.</source>
        <translation>手順テンプレートに手順が%1件あります。最大%2件までです。</translation>
    </message>
    <message>
        <source>Step template %1 is not a JSON object.</source>
        <translation>手順テンプレート %1 がJSONオブジェクトではありません。</translation>
    </message>
    <message>
        <source>Step template %1 has no &quot;key&quot;.</source>
        <translation>手順テンプレート %1 に &quot;key&quot; がありません。</translation>
    </message>
    <message>
        <source>Step template %1 (%2)</source>
        <translation>手順テンプレート %1（%2）</translation>
    </message>
    <message>
        <source>%1: the key is used by another step template.</source>
        <translation>%1: このキーは別の手順テンプレートで使用されています。</translation>
    </message>
    <message>
        <source>%1: unknown phase “%2”; use pre, apply, post or rollback.</source>
        <translation>%1: 不明なフェーズ「%2」です。pre、apply、post、rollback のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>%1: the English title (title.en) is missing.</source>
        <translation>%1: 英語のタイトル（title.en）がありません。</translation>
    </message>
    <message>
        <source>%1: the Japanese title (title.ja) is missing.</source>
        <translation>%1: 日本語のタイトル（title.ja）がありません。</translation>
    </message>
    <message>
        <source>%1: &quot;duration_minutes&quot; must be a whole number of minutes.</source>
        <translation>%1: &quot;duration_minutes&quot; には分単位の整数を指定してください。</translation>
    </message>
    <message>
        <source>%1: the duration cannot be negative (%2 minutes).</source>
        <translation>%1: 所要時間を負の値にすることはできません（%2分）。</translation>
    </message>
    <message>
        <source>%1: a duration of %2 minutes is longer than a week.</source>
        <translation>%1: 所要時間 %2 分は1週間を超えています。</translation>
    </message>
    <message>
        <source>%1: &quot;position&quot; must be a number.</source>
        <translation>%1: &quot;position&quot; には数値を指定してください。</translation>
    </message>
    <message>
        <source>%1: unknown effect “%2”.</source>
        <translation>%1: 不明な効果「%2」です。</translation>
    </message>
    <message>
        <source>%1: &quot;kinds&quot; must be a list of component kinds.</source>
        <translation>%1: &quot;kinds&quot; には構成要素の種別のリストを指定してください。</translation>
    </message>
    <message>
        <source>%1: unknown component kind “%2”; use %3.</source>
        <translation>%1: 不明な構成要素の種別「%2」です。%3 のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Step template %1: the pair key “%2” is not the key of any step template.</source>
        <translation>手順テンプレート %1: 対のキー「%2」はどの手順テンプレートのキーでもありません。</translation>
    </message>
    <message>
        <source>Step template %1: only a step that suppresses monitoring or opens access has a pair key.</source>
        <translation>手順テンプレート %1: 対のキーを持てるのは、監視を停止する手順またはアクセスを開放する手順だけです。</translation>
    </message>
    <message>
        <source>Step template %1: its pair %2 does not undo what it does (expected effect “%3”).</source>
        <translation>手順テンプレート %1: 対の手順 %2 はこの手順の効果を元に戻しません（想定される効果:「%3」）。</translation>
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
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>TextFlow</name>
    <message numerus="yes">
        <source>[cut: %n more characters]</source>
        <translation>
            <numerusform>[切り捨て: 残り %n 文字]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageCommand</name>
    <message>
        <source>Set finding to %1</source>
        <translation>検出事項を「%1」に設定</translation>
    </message>
    <message numerus="yes">
        <source>Set %n findings to %1</source>
        <translation>
            <numerusform>%n件の検出事項を「%1」に設定</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VendorPatchCsv</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>The file is %1 MB; at most %2 MB is accepted.</source>
        <translation>ファイルが %1 MB あります。受け付けるのは最大 %2 MB です。</translation>
    </message>
    <message>
        <source>The file is empty; expected a header line with the columns %1.</source>
        <translation>ファイルが空です。列 %1 を含むヘッダー行が必要です。</translation>
    </message>
    <message>
        <source>Unknown column; it is ignored. Known columns: %1.</source>
        <translation>不明な列のため無視します。使用できる列: %1。</translation>
    </message>
    <message>
        <source>The column appears twice.</source>
        <translation>この列が2回出現しています。</translation>
    </message>
    <message>
        <source>The required column is missing; a vendor patch list needs at least title and product.</source>
        <translation>必須の列がありません。ベンダーパッチ一覧には少なくとも title と product が必要です。</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>%1 文字を超えるフィールドがあります。</translation>
    </message>
    <message>
        <source>The quoting of this row is broken (text after a closing quote, or a quote that is never closed).</source>
        <translation>この行の引用符が壊れています（閉じ引用符の後に文字がある、または引用符が閉じられていません）。</translation>
    </message>
    <message>
        <source>More than %1 patches; split the list.</source>
        <translation>パッチが %1 件を超えています。一覧を分割してください。</translation>
    </message>
    <message>
        <source>A patch needs a title.</source>
        <translation>パッチにはタイトルが必要です。</translation>
    </message>
    <message>
        <source>A patch needs the product it applies to.</source>
        <translation>パッチには適用先の製品が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version (letters or digits, at most 256 characters).</source>
        <translation>「%1」はバージョンではありません（英数字、最大256文字）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD.</source>
        <translation>「%1」は日付ではありません。YYYY-MM-DD 形式で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>「%1」は yes / no ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration in minutes from 1 to 1440.</source>
        <translation>「%1」は1～1440分の所要時間ではありません。</translation>
    </message>
    <message>
        <source>The same patch (vendor, product, advisory and KB) is already on line %1.</source>
        <translation>同じパッチ（ベンダー、製品、アドバイザリ、KB）が %1 行目にあります。</translation>
    </message>
    <message>
        <source>The file has a header but no patches.</source>
        <translation>ファイルにヘッダーはありますが、パッチがありません。</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was imported.</source>
        <translation>%1 にエラーがあるため、何もインポートしていません。</translation>
    </message>
</context>
<context>
    <name>VulnFeedReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>%1 が必要ですが、%2 がありました。</translation>
    </message>
    <message>
        <source>Missing; expected a string.</source>
        <translation>値がありません。文字列が必要です。</translation>
    </message>
    <message>
        <source>The text is %1 characters long; only the first %2 are kept.</source>
        <translation>テキストが%1文字あります。先頭の%2文字のみ保持します。</translation>
    </message>
    <message>
        <source>The value is %1 characters long; expected at most %2.</source>
        <translation>値が%1文字あります。%2文字以内にしてください。</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>Empty; expected a date YYYY-MM-DD.</source>
        <translation>空です。YYYY-MM-DD形式の日付が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD.</source>
        <translation>「%1」は日付ではありません。YYYY-MM-DD形式で指定してください。</translation>
    </message>
    <message>
        <source>The bytes here are not valid UTF-8; the feeds are UTF-8 text.</source>
        <translation>この部分のバイト列は有効なUTF-8ではありません。フィードはUTF-8テキストです。</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>有効なJSONではありません: %1。</translation>
    </message>
    <message>
        <source>Expected an object, found %1.</source>
        <translation>オブジェクトが必要ですが、%1 がありました。</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Missing; expected a CVE id such as CVE-2024-3400.</source>
        <translation>値がありません。CVE-2024-3400 のようなCVE IDが必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CVE id; expected CVE-YYYY-NNNN.</source>
        <translation>「%1」はCVE IDではありません。CVE-YYYY-NNNN 形式で指定してください。</translation>
    </message>
    <message>
        <source>%1 is listed twice (first on line %2); expected each CVE once.</source>
        <translation>%1 が2回記載されています（最初は%2行目）。各CVEは1回のみ記載してください。</translation>
    </message>
    <message>
        <source>Missing; expected a date YYYY-MM-DD.</source>
        <translation>値がありません。YYYY-MM-DD形式の日付が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ransomware use; expected Known or Unknown.</source>
        <translation>「%1」はランサムウェアでの使用状況として無効です。Known または Unknown を指定してください。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>This is not a KEV catalog: it has no &quot;vulnerabilities&quot; array; expected the CISA catalog JSON or CSV.</source>
        <translation>KEVカタログではありません（&quot;vulnerabilities&quot; 配列がありません）。CISAカタログのJSONまたはCSVが必要です。</translation>
    </message>
    <message>
        <source>This is an NVD CVE feed, not a KEV catalog; import it as nvd.</source>
        <translation>これはNVDのCVEフィードで、KEVカタログではありません。nvd としてインポートしてください。</translation>
    </message>
    <message>
        <source>This is not a KEV catalog: expected a JSON object or a CSV file whose header is %1.</source>
        <translation>KEVカタログではありません。JSONオブジェクト、またはヘッダーが %1 のCSVファイルが必要です。</translation>
    </message>
    <message>
        <source>The row has %1 fields; expected %2 as in the header.</source>
        <translation>この行は%1列ですが、ヘッダーと同じ%2列が必要です。</translation>
    </message>
    <message>
        <source>Missing; expected the CVSS data object.</source>
        <translation>値がありません。CVSSデータのオブジェクトが必要です。</translation>
    </message>
    <message>
        <source>a number from 0 to 10</source>
        <translation>0～10の数値</translation>
    </message>
    <message>
        <source>%1 is out of range; expected a number from 0 to 10.</source>
        <translation>%1 は範囲外です。0～10の数値を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator; expected AND or OR.</source>
        <translation>「%1」は演算子ではありません。AND または OR を指定してください。</translation>
    </message>
    <message>
        <source>Empty; expected a CPE 2.3 name such as cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:*.</source>
        <translation>空です。cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:* のようなCPE 2.3名が必要です。</translation>
    </message>
    <message>
        <source>The CPE is %1 characters long; expected at most %2.</source>
        <translation>CPEが%1文字あります。%2文字以内にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPE 2.3 name; expected cpe:2.3:part:vendor:product:...</source>
        <translation>「%1」はCPE 2.3名ではありません。次の形式が必要です: cpe:2.3:part:vendor:product:...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPE 2.3 name: %2</source>
        <translation>「%1」はCPE 2.3名ではありません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timestamp; expected YYYY-MM-DDTHH:MM:SS.mmm.</source>
        <translation>「%1」はタイムスタンプではありません。YYYY-MM-DDTHH:MM:SS.mmm 形式で指定してください。</translation>
    </message>
    <message>
        <source>This is not an NVD CVE feed: it has neither a &quot;vulnerabilities&quot; array nor a CVE &quot;id&quot;; expected NVD CVE API 2.0 JSON.</source>
        <translation>NVDのCVEフィードではありません（&quot;vulnerabilities&quot; 配列もCVEの &quot;id&quot; もありません）。NVD CVE API 2.0のJSONが必要です。</translation>
    </message>
    <message>
        <source>This is a KEV catalog, not an NVD CVE feed; import it as kev.</source>
        <translation>これはKEVカタログで、NVDのCVEフィードではありません。kev としてインポートしてください。</translation>
    </message>
    <message>
        <source>Missing; expected the record&apos;s &quot;cve&quot; object.</source>
        <translation>値がありません。レコードの &quot;cve&quot; オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2); expected each CVE once.</source>
        <translation>%1 が2回出現しています（最初は%2行目）。各CVEは1回のみ記載してください。</translation>
    </message>
    <message>
        <source>%1 is rejected by NVD; skipped.</source>
        <translation>%1 はNVDで却下（Rejected）されているため、スキップしました。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>ファイルを読み込めません: %1。</translation>
    </message>
    <message>
        <source>The file is %1 MB; a KEV catalog is far smaller (at most %2 MB accepted).</source>
        <translation>ファイルサイズが%1 MBあります。KEVカタログははるかに小さいはずです（受け付けるのは%2 MBまで）。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a KEV catalog is far smaller.</source>
        <translation>ファイルが%1 MBを超えています。KEVカタログははるかに小さいはずです。</translation>
    </message>
    <message>
        <source>The file is empty; expected a KEV catalog (JSON or CSV).</source>
        <translation>ファイルが空です。KEVカタログ（JSONまたはCSV）が必要です。</translation>
    </message>
    <message>
        <source>The bytes here are not valid UTF-8; the KEV catalog is UTF-8 text.</source>
        <translation>この部分のバイト列は有効なUTF-8ではありません。KEVカタログはUTF-8テキストです。</translation>
    </message>
</context>
<context>
    <name>VulnImport</name>
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み込んでいます</translation>
    </message>
    <message>
        <source>Computing pending patches</source>
        <translation>適用待ちパッチを計算しています</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>照合しています</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 何もインポートしませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more error(s)) Nothing was imported.</source>
        <translation>
            <numerusform>%1（ほかにエラー%n件）何もインポートしませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>The file cannot be read; a readable %1 feed file is expected.</source>
        <translation>ファイルを読み込めません。読み込み可能な%1フィードのファイルが必要です。</translation>
    </message>
    <message>
        <source>The file is %1 bytes; at most %2 bytes are accepted.</source>
        <translation>ファイルサイズが%1バイトあります。受け付けるのは%2バイトまでです。</translation>
    </message>
    <message>
        <source>No file to import was given.</source>
        <translation>インポートするファイルが指定されていません。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>ファイルを開けません: %1。</translation>
    </message>
    <message>
        <source>%1 was already read from %2; each vulnerability is expected once per file.</source>
        <translation>%1 は既に %2 で読み込まれています。各脆弱性は1つのファイルに1回だけ記載してください。</translation>
    </message>
    <message>
        <source>%1 was already read from %2, in a version at least as new; this copy was skipped.</source>
        <translation>%1 は %2 で同等以上に新しい版を読み込み済みのため、この版はスキップしました。</translation>
    </message>
    <message>
        <source>%1 is newer here than in %2; this copy was kept.</source>
        <translation>%1 は %2 の版よりこちらが新しいため、こちらを採用しました。</translation>
    </message>
</context>
<context>
    <name>VulnerabilityRepository</name>
    <message>
        <source>%1:%2: %3 appears twice in one batch; each vulnerability is expected once.</source>
        <translation>%1:%2: %3 が1つのバッチ内に2回出現しています。各脆弱性は1回のみ指定してください。</translation>
    </message>
    <message>
        <source>The vulnerability %1 was not stored.</source>
        <translation>脆弱性 %1 を保存できませんでした。</translation>
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
    <name>pp::AcceptanceDialog</name>
    <message>
        <source>Request risk acceptance</source>
        <translation>リスク受容の申請</translation>
    </message>
    <message>
        <source>Edit risk acceptance</source>
        <translation>リスク受容の編集</translation>
    </message>
    <message>
        <source>The risk response (NIST SP 800-40r4): accept the risk, mitigate it with controls, transfer it (e.g. to a vendor under contract) or avoid it (stop using the function).</source>
        <translation>リスク対応（NIST SP 800-40r4）: リスクを受容する、補完的な措置で低減する、移転する（例: 契約に基づきベンダーに移転）、回避する（その機能の使用をやめる）のいずれかです。</translation>
    </message>
    <message>
        <source>Why the risk can be carried until the expiry date</source>
        <translation>期限までリスクを保有できる理由</translation>
    </message>
    <message>
        <source>What risk remains with the controls in place</source>
        <translation>補完的な措置を講じたうえで残るリスク</translation>
    </message>
    <message>
        <source>Mandatory: the last day the acceptance applies. The day after, it lapses and the finding is open again.</source>
        <translation>必須: リスク受容が適用される最終日。その翌日に失効し、検出事項は再び未対応になります。</translation>
    </message>
    <message>
        <source>Approved by %1 on %2. Saving changes to anything but the controls withdraws the approval: it then needs approving again.</source>
        <translation>%2 に %1 が承認済みです。補完的な措置以外の変更を保存すると承認は取り消され、再度承認が必要になります。</translation>
    </message>
    <message>
        <source>Pending approval: someone other than the requester approves it on the frozen-systems register.</source>
        <translation>承認待ち: 申請者以外の人が塩漬けシステム台帳で承認します。</translation>
    </message>
    <message>
        <source>The request is pending until someone other than the requester approves it.</source>
        <translation>申請者以外の人が承認するまで、この申請は承認待ちです。</translation>
    </message>
    <message>
        <source>Risk of:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>リスク対応(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>根拠(&amp;J):</translation>
    </message>
    <message>
        <source>Residual ris&amp;k:</source>
        <translation>残存リスク(&amp;K):</translation>
    </message>
    <message>
        <source>Relies on &amp;controls:</source>
        <translation>前提とする補完的な措置(&amp;C):</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>申請者(&amp;Q):</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>期限(&amp;X):</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>承認:</translation>
    </message>
    <message>
        <source>Finding %1 (%2) on %3 %4 of %5</source>
        <translation>%5 の %3 %4 の検出事項 %1（%2）</translation>
    </message>
    <message>
        <source>Component %1 %2 of %3 (frozen: not upgraded or patched)</source>
        <translation>%3 の構成要素 %1 %2（塩漬け: アップグレードもパッチ適用も行わない）</translation>
    </message>
    <message>
        <source>(unknown: the finding or component was deleted)</source>
        <translation>（不明: 検出事項または構成要素が削除されました）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>担当: %1</translation>
    </message>
    <message>
        <source>No controls on this finding, its component or its system yet: add them on the frozen-systems register.</source>
        <translation>この検出事項、その構成要素、そのシステムには、まだ補完的な措置がありません。塩漬けシステム台帳で追加してください。</translation>
    </message>
    <message>
        <source>Tick the controls the acceptance relies on.</source>
        <translation>リスク受容の前提とする補完的な措置にチェックを付けてください。</translation>
    </message>
    <message>
        <source>Expires on: choose a day after today (%1).</source>
        <translation>期限: 本日（%1）より後の日付を選択してください。</translation>
    </message>
</context>
<context>
    <name>pp::ApprovalDialog</name>
    <message>
        <source>Decide on plan</source>
        <translation>計画の判断</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, window %3&lt;br&gt;Deciding as %4; the author is %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2、作業時間帯 %3&lt;br&gt;判断者: %4、作成者: %5</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Approve provisionally (confirm within 24 hours)</source>
        <translation>仮承認（24時間以内に確定）</translation>
    </message>
    <message>
        <source>Reject (send back to draft)</source>
        <translation>却下（下書きに戻す）</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>判断(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;1. Is network reachability changed?</source>
        <translation>1. ネットワークの到達性は変わりますか?(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2. Are monitoring or alerts changed?</source>
        <translation>2. 監視またはアラートは変わりますか?(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3. Does the runbook agree with the security policy (e.g. no data sent by mail or to unapproved storage)?</source>
        <translation>3. 手順書はセキュリティポリシーに適合していますか（例: データをメールや未承認のストレージに送らない）?(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4. Are backup and restore confirmed?</source>
        <translation>4. バックアップとリストアは確認済みですか?(&amp;4)</translation>
    </message>
    <message>
        <source>&amp;5. Is the rollback confirmed?</source>
        <translation>5. ロールバックは確認済みですか?(&amp;5)</translation>
    </message>
    <message>
        <source>Security checklist</source>
        <translation>セキュリティチェックリスト</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Needed when reachability or monitoring changes: what changes, and how it is restored.</source>
        <translation>到達性または監視が変わる場合は必須: 何が変わり、どのように元に戻すか。</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>Needed for a rejection: why, and what to change.</source>
        <translation>却下する場合は必須: 理由と変更すべき点。</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>コメント(&amp;M):</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Approve provisionally</source>
        <translation>仮承認</translation>
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
    <message>
        <source>Te&amp;xt:</source>
        <translation>文字列(&amp;X):</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>開始日(&amp;M):</translation>
    </message>
    <message>
        <source>audit-log</source>
        <comment>file name of an exported list</comment>
        <translation>audit-log</translation>
    </message>
</context>
<context>
    <name>pp::BackgroundLoader</name>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>This database cannot be opened a second time (it is held in memory).</source>
        <translation>このデータベースはメモリ上にあるため、2 つ目の接続では開けません。</translation>
    </message>
</context>
<context>
    <name>pp::BackupController</name>
    <message>
        <source>Patch Planner backups (*.ppdb *.db *.sqlite);;All files (*)</source>
        <translation>Patch Plannerバックアップ (*.ppdb *.db *.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>データベースをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore database…</source>
        <translation>データベースをリストア(&amp;R)…</translation>
    </message>
    <message>
        <source>Run restore &amp;drill…</source>
        <translation>リストア訓練を実行(&amp;D)…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open database to a file</source>
        <translation>開いているデータベースの整合性のとれたコピーをファイルに書き出します</translation>
    </message>
    <message>
        <source>Replace the open database with a backup, after checking it</source>
        <translation>バックアップを検査したうえで、開いているデータベースをそのバックアップで置き換えます</translation>
    </message>
    <message>
        <source>Back up, restore into a scratch database and compare, to prove that the backups work</source>
        <translation>バックアップを取得して作業用データベースにリストアし、比較して、バックアップが機能することを確認します</translation>
    </message>
    <message>
        <source>The work stopped without a result.</source>
        <translation>処理が結果なしで停止しました。</translation>
    </message>
    <message>
        <source>%1-backup-%2.ppdb</source>
        <translation>%1-backup-%2.ppdb</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <source>The database was not backed up. %1</source>
        <translation>データベースをバックアップできませんでした。%1</translation>
    </message>
    <message>
        <source>The database was backed up to %1, but its audit trail is broken at entry %2 (%3); a restore of this backup will be refused.</source>
        <translation>データベースを %1 にバックアップしましたが、監査ログのチェーンがエントリ %2 で壊れています（%3）。このバックアップのリストアは拒否されます。</translation>
    </message>
    <message>
        <source>The database was backed up to %1: %2 systems, %3 components and an audit trail of %4 entries.</source>
        <translation>データベースを %1 にバックアップしました: システム%2件、構成要素%3件、監査ログ%4エントリ。</translation>
    </message>
    <message>
        <source>Restore database</source>
        <translation>データベースのリストア</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>バックアップを検査しています</translation>
    </message>
    <message>
        <source>The backup was not restored. %1</source>
        <translation>バックアップをリストアできませんでした。%1</translation>
    </message>
    <message>
        <source>Replace the open database with the backup of %1?</source>
        <translation>開いているデータベースを %1 のバックアップで置き換えますか?</translation>
    </message>
    <message>
        <source>The backup %1 holds %2 systems, %3 components and an audit trail of %4 entries; it passed every check.</source>
        <translation>バックアップ %1 には、システム%2件、構成要素%3件、監査ログ%4エントリが含まれています。すべての検査に合格しました。</translation>
    </message>
    <message>
        <source>It was written by an older Patch Planner and is upgraded as it is restored.</source>
        <translation>このバックアップは古いバージョンのPatch Plannerで作成されているため、リストア時にアップグレードされます。</translation>
    </message>
    <message>
        <source>Its rows are copied into the shared database %1, which must not hold any data yet; a database with data is left as it is.</source>
        <translation>行は共有データベース %1 にコピーされます。このデータベースにはまだデータがあってはなりません。データがある場合、データベースは変更されません。</translation>
    </message>
    <message>
        <source>The current file is kept as %1.</source>
        <translation>現在のファイルは %1 として保存されます。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>リストア</translation>
    </message>
    <message>
        <source>The backup was not restored; the database was not changed. %1</source>
        <translation>バックアップをリストアできませんでした。データベースは変更していません。%1</translation>
    </message>
    <message>
        <source>The backup of %1 was restored from %2.</source>
        <translation>%1 のバックアップを %2 からリストアしました。</translation>
    </message>
    <message>
        <source>It was upgraded from schema version %1 to %2.</source>
        <translation>スキーマバージョン%1から%2にアップグレードしました。</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>以前のデータベースは %1 として保存されています。</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>リストア訓練</translation>
    </message>
    <message>
        <source>The restore drill did not run. %1</source>
        <translation>リストア訓練を実行できませんでした。%1</translation>
    </message>
</context>
<context>
    <name>pp::BackupProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
</context>
<context>
    <name>pp::BlackoutDialog</name>
    <message>
        <source>New blackout</source>
        <translation>新規変更禁止期間</translation>
    </message>
    <message>
        <source>Edit blackout</source>
        <translation>変更禁止期間の編集</translation>
    </message>
    <message>
        <source>Required, e.g. Year-end close</source>
        <translation>必須（例: 年度末決算）</translation>
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
        <source>Why nothing may change, and who may allow an exception</source>
        <translation>変更が禁止される理由と、例外を認める権限を持つ人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>システム(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>初日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>最終日(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>Name: enter what the freeze is for (required).</source>
        <translation>名前: 変更禁止期間の目的を入力してください（必須）。</translation>
    </message>
    <message>
        <source>Last day: the freeze cannot end (%1) before it starts (%2).</source>
        <translation>最終日: 変更禁止期間の終了（%1）を開始（%2）より前にすることはできません。</translation>
    </message>
</context>
<context>
    <name>pp::BlackoutTableModel</name>
    <message>
        <source>All systems</source>
        <translation>すべてのシステム</translation>
    </message>
    <message>
        <source>System %1</source>
        <translation>システム %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>初日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最終日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>pp::CadenceDialog</name>
    <message>
        <source>Edit interval: %1</source>
        <translation>周期の編集: %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Days from one run to the next (1 to 3650); e.g. 91 for quarterly, 182 for every 6 months, 365 for yearly</source>
        <translation>実施から次回の実施までの日数（1～3650）。例: 四半期ごとは91、半年ごとは182、毎年は365</translation>
    </message>
    <message>
        <source>e.g. why this system needs a shorter interval</source>
        <translation>例: このシステムで周期を短くする理由</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>周期(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Last done %1; next due %2.</source>
        <translation>最終実施日 %1、次回期限 %2。</translation>
    </message>
    <message>
        <source>Never done: due %1; the interval counts from the first time it is done.</source>
        <translation>未実施: 期限は %1 です。周期は初回の実施日から数えます。</translation>
    </message>
</context>
<context>
    <name>pp::CalendarPage</name>
    <message>
        <source>&amp;Mark done…</source>
        <translation>実施済みにする(&amp;M)…</translation>
    </message>
    <message>
        <source>Edit &amp;interval…</source>
        <translation>周期を編集(&amp;I)…</translation>
    </message>
    <message>
        <source>Record ma&amp;jor change…</source>
        <translation>重要な変更を記録(&amp;J)…</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <translation>今後4週間</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>今後3か月</translation>
    </message>
    <message>
        <source>Next 12 months</source>
        <translation>今後12か月</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>How far ahead to list; overdue obligations are always listed</source>
        <translation>表示する期間（期限超過の実施項目は常に表示されます）</translation>
    </message>
    <message>
        <source>Filter by system, obligation or kind</source>
        <translation>システム、実施項目、種別で絞り込み</translation>
    </message>
    <message>
        <source>Record that the selected obligation was done (Enter)</source>
        <translation>選択した実施項目を実施済みとして記録します (Enter)</translation>
    </message>
    <message>
        <source>Change how often the selected cadence is due</source>
        <translation>選択した定期業務の周期を変更します</translation>
    </message>
    <message>
        <source>A major change of the selected row&apos;s system makes its vulnerability scan due at once</source>
        <translation>選択した行のシステムの重要な変更を記録し、その脆弱性診断の期限を直ちに到来させます</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>グループ化(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示期間(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>システム(&amp;Y):</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>フィルター(&amp;R):</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What is due could not be read. %1</source>
        <translation>期限の情報を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>No database is open: open one with File → Open database.</source>
        <translation>データベースが開かれていません。[ファイル] → [データベースを開く] で開いてください。</translation>
    </message>
    <message>
        <source>Nothing is due or overdue up to %1. Choose a longer horizon in Show to see what comes later.</source>
        <translation>%1 までに期限が到来する実施項目や期限超過の実施項目はありません。それ以降の項目を表示するには、[表示期間] でより長い期間を選択してください。</translation>
    </message>
    <message>
        <source>Nothing is due: each system gets its operational cadences (vulnerability scan, EOSL review, incident-response profile review, backup-restore drill for tier 1 and 2) when the database is opened, and periodic compensating controls are listed with their next check.</source>
        <translation>期限のある実施項目はありません。データベースを開くと各システムに定期業務（脆弱性診断、EOSLの見直し、インシデント対応プロファイルの見直し、ティア1と2ではバックアップ・リストア訓練）が設定され、定期確認が必要な補完的な措置は次回の確認日とともに表示されます。</translation>
    </message>
    <message>
        <source>Nothing due matches the filters: choose All systems or clear Filter.</source>
        <translation>フィルターに一致する実施項目はありません。[すべてのシステム] を選択するか、[フィルター] をクリアしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s)</source>
        <translation>
            <numerusform>実施項目 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 obligations</source>
        <translation>実施項目 %2件中%1件</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n overdue</source>
        <translation>
            <numerusform>%1、期限超過 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>“%1” of %2 could not be marked done. %3</source>
        <translation>%2 の「%1」を実施済みにできませんでした。%3</translation>
    </message>
    <message>
        <source>The evidence of “%1” of %2 could not be recorded. %3</source>
        <translation>%2 の「%1」の実施記録を登録できませんでした。%3</translation>
    </message>
    <message>
        <source>Marked “%1” of %2 done on %3; next due %4.</source>
        <translation>%2 の「%1」を %3 に実施済みにしました。次回期限は %4 です。</translation>
    </message>
    <message>
        <source>“%1” of %2 was deleted meanwhile.</source>
        <translation>その間に %2 の「%1」が削除されました。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” of %2 is now due every %n day(s); next due %3.</source>
        <translation>
            <numerusform>%2 の「%1」の周期を%n日に変更しました。次回期限は %3 です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The major change of %1 could not be recorded. %2</source>
        <translation>%1 の重要な変更を記録できませんでした。%2</translation>
    </message>
    <message>
        <source>Recorded a major change of %1 on %2: its vulnerability scan is due %3.</source>
        <translation>%1 の %2 付けの重要な変更を記録しました。脆弱性診断の期限は %3 です。</translation>
    </message>
    <message>
        <source>%1 has no vulnerability scan cadence, so nothing became due.</source>
        <translation>%1 には脆弱性診断の定期業務がないため、期限が到来した項目はありません。</translation>
    </message>
    <message>
        <source>Show &amp;system</source>
        <translation>システムを表示(&amp;S)</translation>
    </message>
    <message>
        <source>due</source>
        <comment>file name of an exported list</comment>
        <translation>due</translation>
    </message>
    <message>
        <source>Reading what is due…</source>
        <translation>期限の項目を読み込んでいます…</translation>
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
        <source>&amp;Product:</source>
        <translation>製品(&amp;P):</translation>
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
    <message>
        <source>Ve&amp;ndor:</source>
        <translation>ベンダー(&amp;N):</translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <translation>バージョン(&amp;O):</translation>
    </message>
    <message>
        <source>cyc&amp;le:</source>
        <translation>サイクル(&amp;L):</translation>
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
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <source>Discard your changes and show the stored values</source>
        <translation>編集内容を破棄し、保存されている値を表示します</translation>
    </message>
    <message>
        <source>Apply will show both versions and let you choose</source>
        <translation>[適用] を押すと両方の値が表示され、どちらを残すか選択できます</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>%1 changed this component at %2; you see the new values.</source>
        <translation>%1 が %2 にこの構成要素を変更しました。新しい値を表示しています。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>他のユーザー</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>自分の変更を破棄</translation>
    </message>
    <message>
        <source>This component was deleted by %1 at %2: discard your changes, or keep editing and add it again with Apply.</source>
        <translation>この構成要素は %2 に %1 によって削除されました。編集内容を破棄するか、編集を続けて [適用] で再度追加してください。</translation>
    </message>
    <message>
        <source>This component was changed by %1 at %2: reload, or keep editing.</source>
        <translation>この構成要素は %2 に %1 によって変更されました。再読み込みするか、編集を続けてください。</translation>
    </message>
    <message>
        <source>components</source>
        <comment>file name of an exported list</comment>
        <translation>components</translation>
    </message>
    <message>
        <source>Loading components…</source>
        <translation>コンポーネントを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>pp::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Deleted by someone else</source>
        <translation>他のユーザーが削除</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>他のユーザーが変更</translation>
    </message>
    <message>
        <source>Nothing was saved. Add the record again with your values, or discard them.</source>
        <translation>何も保存していません。自分の値でレコードを再度追加するか、値を破棄してください。</translation>
    </message>
    <message>
        <source>Nothing was saved. The fields below differ; values in bold were changed since you started editing. Choose whose values to keep.</source>
        <translation>何も保存していません。以下の項目の値が異なります。太字の値は、編集を始めた後に変更されたものです。どちらの値を残すかを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Discard my changes</source>
        <translation>自分の変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reload: use the stored values</source>
        <translation>再読み込み: 保存されている値を使用(&amp;R)</translation>
    </message>
    <message>
        <source>Discard your changes and show what is stored now</source>
        <translation>編集内容を破棄し、現在保存されている内容を表示します</translation>
    </message>
    <message>
        <source>&amp;Add again with my values</source>
        <translation>自分の値で再度追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with my values</source>
        <translation>自分の値で上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Save your values over the stored ones; Edit → Undo takes it back</source>
        <translation>保存されている値を自分の値で上書きします。[編集] → [元に戻す] で取り消せます</translation>
    </message>
    <message>
        <source>Keep &amp;editing</source>
        <translation>編集を続ける(&amp;E)</translation>
    </message>
    <message>
        <source>Nothing is saved; your changes stay in the editor</source>
        <translation>何も保存せず、編集内容はエディターに残ります</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>他のユーザー</translation>
    </message>
    <message>
        <source>%1 was deleted by %2 while you were editing it.</source>
        <translation>編集中に %1 が %2 によって削除されました。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 while you were editing it.</source>
        <translation>編集中に %1 が %2 によって変更されました。</translation>
    </message>
    <message>
        <source>%1 was deleted by %2 at %3 while you were editing it.</source>
        <translation>編集中の %3 に %1 が %2 によって削除されました。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 while you were editing it.</source>
        <translation>編集中の %3 に %1 が %2 によって変更されました。</translation>
    </message>
    <message>
        <source>Stored (deleted)</source>
        <translation>保存済み（削除）</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>現在の保存値</translation>
    </message>
    <message>
        <source>Stored now (%1)</source>
        <translation>現在の保存値（%1）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Your values</source>
        <translation>自分の値</translation>
    </message>
    <message>
        <source>You changed this</source>
        <translation>自分が変更</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>%1 が変更</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 had already saved the same values.</source>
        <translation>%1 が既に同じ値を保存していました。</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are still here; Apply shows both versions again.</source>
        <translation>保存されませんでした: %1 編集内容は残っています。[適用] を押すと、もう一度両方の値が表示されます。</translation>
    </message>
</context>
<context>
    <name>pp::ConnectDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Remember in the desktop &amp;keychain</source>
        <translation>デスクトップのキーチェーンに保存(&amp;K)</translation>
    </message>
    <message>
        <source>Connect to shared database</source>
        <translation>共有データベースに接続</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database. Your database user decides what you may do: look, plan or approve.</source>
        <translation>チームで1つのPostgreSQLデータベースを共有します。閲覧、計画、承認のどれができるかは、データベースユーザーによって決まります。</translation>
    </message>
    <message>
        <source>e.g. db.example.jp</source>
        <translation>例: db.example.jp</translation>
    </message>
    <message>
        <source>Prefer: encrypt when the server offers it</source>
        <translation>Prefer: サーバーが対応していれば暗号化</translation>
    </message>
    <message>
        <source>Require: always encrypt</source>
        <translation>Require: 常に暗号化</translation>
    </message>
    <message>
        <source>Verify: encrypt and check the server&apos;s certificate and name</source>
        <translation>Verify: 暗号化し、サーバーの証明書と名前を検証</translation>
    </message>
    <message>
        <source>Disable: never encrypt</source>
        <translation>Disable: 暗号化しない</translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s password store (Secret Service or KWallet), never in Patch Planner&apos;s settings</source>
        <translation>デスクトップのパスワードストア（Secret ServiceまたはKWallet）に保存され、Patch Plannerの設定には保存されません</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T):</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>The password comes from PGPASSWORD or %1.</source>
        <translation>パスワードは PGPASSWORD または %1 から取得します。</translation>
    </message>
    <message>
        <source>The password comes from the desktop keychain.</source>
        <translation>パスワードはデスクトップのキーチェーンから取得します。</translation>
    </message>
    <message>
        <source>Not in PGPASSWORD or %1: used for this connection only, never saved in the settings.</source>
        <translation>PGPASSWORD と %1 にはありません。この接続にのみ使用し、設定には保存しません。</translation>
    </message>
</context>
<context>
    <name>pp::ControlDialog</name>
    <message>
        <source>&amp;Periodic, every</source>
        <translation>定期確認の周期(&amp;P)</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>有効開始日(&amp;F)</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>有効期限(&amp;U)</translation>
    </message>
    <message>
        <source>New compensating control</source>
        <translation>新規の補完的な措置</translation>
    </message>
    <message>
        <source>Edit compensating control</source>
        <translation>補完的な措置の編集</translation>
    </message>
    <message>
        <source>Required, e.g. “ACL allows only the jump host”</source>
        <translation>必須（例:「ACLで踏み台サーバーからの接続のみ許可」）</translation>
    </message>
    <message>
        <source>Who keeps it up, e.g. network team</source>
        <translation>維持管理の担当（例: ネットワークチーム）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Days between checks (1 to 3650); the next check is due that many days after the last recorded evidence.</source>
        <translation>確認の間隔（1～3650日）。次回の確認期限は、最後に登録した実施記録からこの日数後になります。</translation>
    </message>
    <message>
        <source>The last day the control applies, e.g. the end of a support contract</source>
        <translation>補完的な措置が適用される最終日（例: サポート契約の終了日）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当(&amp;O):</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>確認:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>システム(&amp;Y):</translation>
    </message>
    <message>
        <source>Co&amp;mponent:</source>
        <translation>構成要素(&amp;M):</translation>
    </message>
    <message>
        <source>Fi&amp;nding:</source>
        <translation>検出事項(&amp;N):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The whole system</source>
        <translation>システム全体</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>No particular finding</source>
        <translation>特定の検出事項なし</translation>
    </message>
    <message>
        <source>Choose a component to attach the control to one of its findings.</source>
        <translation>検出事項に関連付けるには、構成要素を選択してください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The component has no open or accepted findings.</source>
        <translation>この構成要素には、未対応またはリスク受容済みの検出事項はありません。</translation>
    </message>
    <message>
        <source>A log review usually watches one accepted finding.</source>
        <translation>ログ確認は通常、リスク受容した1件の検出事項を監視します。</translation>
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
    <message>
        <source>Support lifecycle (EOSL)</source>
        <translation>サポートライフサイクル (EOSL)</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Frozen systems: controls and risk acceptances</source>
        <translation>塩漬けシステム: 補完的な措置とリスク受容</translation>
    </message>
    <message>
        <source>Inventory of %1 (loading…)</source>
        <translation>%1 のインベントリ（読み込み中…）</translation>
    </message>
</context>
<context>
    <name>pp::DrillDialog</name>
    <message>
        <source>intact, %1 entries, head %2</source>
        <translation>正常、%1エントリ、先頭 %2</translation>
    </message>
    <message>
        <source>broken at entry %1: %2</source>
        <translation>エントリ %1 で破損: %2</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>リストア訓練</translation>
    </message>
    <message>
        <source>Drill passed: the restored copy matches the live database, %1 rows in %2 tables and an audit trail of %3 entries.</source>
        <translation>訓練に合格しました: リストアしたコピーは運用中のデータベースと一致しています（%2テーブル、%1行、監査ログ%3エントリ）。</translation>
    </message>
    <message>
        <source>Drill failed: the backup could not be taken or restored. %1</source>
        <translation>訓練に失敗しました: バックアップの取得またはリストアができませんでした。%1</translation>
    </message>
    <message numerus="yes">
        <source>Drill failed: %n table(s) and the audit chains differ between the live database and the restored copy.</source>
        <translation>
            <numerusform>訓練に失敗しました: 運用中のデータベースとリストアしたコピーとで、%n個のテーブルと監査ログのチェーンが一致しません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drill failed: %n table(s) differ between the live database and the restored copy.</source>
        <translation>
            <numerusform>訓練に失敗しました: 運用中のデータベースとリストアしたコピーとで、%n個のテーブルが一致しません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drill failed: the audit chains of the live database and the restored copy differ.</source>
        <translation>訓練に失敗しました: 運用中のデータベースとリストアしたコピーとで、監査ログのチェーンが一致しません。</translation>
    </message>
    <message>
        <source>A backup of %1 was taken, restored into a scratch database and compared with the live database; the scratch files are removed. It took %2 s.</source>
        <translation>%1 のバックアップを取得し、作業用データベースにリストアして運用中のデータベースと比較しました。作業用ファイルは削除済みです。所要時間は%2秒です。</translation>
    </message>
    <message>
        <source>The backup %1 was restored into a scratch database and compared with %2 as it is now. It took %3 s.</source>
        <translation>バックアップ %1 を作業用データベースにリストアし、現在の %2 と比較しました。所要時間は%3秒です。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>運用中</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>リストア後</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Audit chain (entries)</source>
        <translation>監査ログのチェーン（エントリ数）</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n table(s) that are empty in both</source>
        <translation>
            <numerusform>両方で空の%n個のテーブルを表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain of the live database: %1.
Audit chain of the restored copy: %2.</source>
        <translation>運用中のデータベースの監査ログのチェーン: %1。
リストアしたコピーの監査ログのチェーン: %2。</translation>
    </message>
    <message>
        <source>none (not restored)</source>
        <translation>なし（リストアされていません）</translation>
    </message>
</context>
<context>
    <name>pp::DueGroupModel</name>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format of a month group</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format of a week&apos;s first or last day</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of a week&apos;s first day, same year</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>第%1週: %2 – %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::DuePolicyDialog</name>
    <message>
        <source>Due-date policy</source>
        <translation>対応期限ポリシー</translation>
    </message>
    <message>
        <source>A finding is due on the earliest date any of these rules gives, counted from the day it was first detected. Saving recomputes the due date and track of every open finding.</source>
        <translation>検出事項の対応期限は、最初に検出された日から数えて、以下のルールのうち最も早い日付になります。保存すると、未対応のすべての検出事項の対応期限と対応区分を再計算します。</translation>
    </message>
    <message>
        <source>Known exploited (CISA KEV)</source>
        <translation>悪用が確認された脆弱性 (CISA KEV)</translation>
    </message>
    <message>
        <source>&amp;KEV without a due date:</source>
        <translation>期限のないKEV(&amp;K):</translation>
    </message>
    <message>
        <source>The catalog&apos;s own due date applies when it has one; otherwise this many days after the date CISA added it.</source>
        <translation>カタログ自体に対応期限がある場合はその期限を適用します。ない場合は、CISAがカタログに追加した日からこの日数後が期限になります。</translation>
    </message>
    <message>
        <source>Internet-facing systems</source>
        <translation>インターネット公開システム</translation>
    </message>
    <message>
        <source>Cr&amp;itical:</source>
        <translation>重大(&amp;I):</translation>
    </message>
    <message>
        <source>CVSS 9.0 to 10 on an internet-facing system.</source>
        <translation>インターネット公開システムでCVSS 9.0～10。</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>高(&amp;H):</translation>
    </message>
    <message>
        <source>CVSS 7.0 to 8.9 on an internet-facing system.</source>
        <translation>インターネット公開システムでCVSS 7.0～8.9。</translation>
    </message>
    <message>
        <source>Every system</source>
        <translation>すべてのシステム</translation>
    </message>
    <message>
        <source>Cri&amp;tical:</source>
        <translation>重大(&amp;T):</translation>
    </message>
    <message>
        <source>CVSS 9.0 to 10.</source>
        <translation>CVSS 9.0～10。</translation>
    </message>
    <message>
        <source>Hi&amp;gh:</source>
        <translation>高(&amp;G):</translation>
    </message>
    <message>
        <source>CVSS 7.0 to 8.9.</source>
        <translation>CVSS 7.0～8.9。</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>中(&amp;M):</translation>
    </message>
    <message>
        <source>CVSS 4.0 to 6.9, and vulnerabilities without a score, so that none is forgotten.</source>
        <translation>CVSS 4.0～6.9、およびスコアのない脆弱性（見落としを防ぐため）。</translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation>低(&amp;L):</translation>
    </message>
    <message>
        <source>CVSS 0.1 to 3.9.</source>
        <translation>CVSS 0.1～3.9。</translation>
    </message>
    <message>
        <source>Emergency track</source>
        <translation>緊急の対応区分</translation>
    </message>
    <message>
        <source>CVSS &amp;at least:</source>
        <translation>CVSSの下限(&amp;A):</translation>
    </message>
    <message>
        <source>On an internet-facing system, a vulnerability scored at least this high goes on the emergency track.</source>
        <translation>インターネット公開システムでは、スコアがこの値以上の脆弱性を緊急の対応区分にします。</translation>
    </message>
    <message>
        <source>tier 1 to </source>
        <translation>ティア1～ </translation>
    </message>
    <message>
        <source>Exposed internal ti&amp;ers:</source>
        <translation>公開扱いする社内のティア(&amp;E):</translation>
    </message>
    <message>
        <source>A known exploited vulnerability goes on the emergency track on internet-facing systems, and on internal systems of these tiers (1 = most critical).</source>
        <translation>悪用が確認された脆弱性は、インターネット公開システム、およびこれらのティアの社内システムで緊急の対応区分になります（1 = 最も重要）。</translation>
    </message>
    <message>
        <source>The stored policy could not be read; the defaults are shown. %1</source>
        <translation>保存されているポリシーを読み込めなかったため、既定値を表示しています。%1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Days must be 1 to 3650, the CVSS threshold 0 to 10 and the tier 1 to 4.</source>
        <translation>日数は1～3650、CVSSのしきい値は0～10、ティアは1～4の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Someone else changed the due-date policy while this dialog was open. Their values are shown now: change them again and save, or cancel.</source>
        <translation>このダイアログを開いている間に、他のユーザーが対応期限ポリシーを変更しました。変更後の値を表示しています。もう一度変更して保存するか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>The policy was not saved. %1</source>
        <translation>ポリシーを保存できませんでした。%1</translation>
    </message>
</context>
<context>
    <name>pp::DueTableModel</name>
    <message>
        <source>Operational cadence</source>
        <translation>定期業務</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n日超過</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>本日期限</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n日後</numerusform>
        </translation>
    </message>
    <message>
        <source>An operational cadence of the system</source>
        <translation>システムの定期業務</translation>
    </message>
    <message>
        <source>A periodic compensating control</source>
        <translation>定期確認が必要な補完的な措置</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>実施項目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>pp::EndOfLifeImportDialog</name>
    <message numerus="yes">
        <source>Reading %n file(s) or folder(s)…</source>
        <translation>
            <numerusform>%n個のファイルまたはフォルダーを読み込んでいます…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import endoflife.date files</source>
        <translation>endoflife.dateファイルのインポート</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>サイクル数</translation>
    </message>
    <message>
        <source>Cycles (newest first)</source>
        <translation>サイクル（新しい順）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>v1 object</source>
        <translation>v1 オブジェクト</translation>
    </message>
    <message>
        <source>v0 list</source>
        <translation>v0 リスト</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found. Nothing can be imported until every file reads cleanly: correct or leave out the files listed below.</source>
        <translation>
            <numerusform>エラーが%n件見つかりました。すべてのファイルがエラーなく読み込めるまでインポートできません。以下のファイルを修正するか、対象から外してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release cycle(s) in %1. Import stores them and ties the components to them; dates that changed are recorded in the audit log.</source>
        <translation>
            <numerusform>%1 にリリースサイクルが%n件あります。インポートするとこれらを保存し、構成要素を関連付けます。変更された日付は監査ログに記録されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%nファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートしませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): %1 release cycles new, %2 updated, %3 unchanged; %4 of %5 components have lifecycle data.</source>
        <translation>
            <numerusform>%nファイルをインポートしました。リリースサイクル: 新規%1件、更新%2件、変更なし%3件。ライフサイクルデータのある構成要素: %5件中%4件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::EoslTableModel</name>
    <message>
        <source>ended</source>
        <translation>終了済み</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>未発表</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (contract)</source>
        <translation>%1（契約）</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>要決定</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
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
    <message>
        <source>endoflife.date product</source>
        <translation>endoflife.date製品名</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>サイクル</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>リリース日</translation>
    </message>
    <message>
        <source>Active support until</source>
        <translation>アクティブサポート終了日</translation>
    </message>
    <message>
        <source>EOSL</source>
        <translation>EOSL</translation>
    </message>
    <message>
        <source>Extended support until</source>
        <translation>延長サポート終了日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>方針</translation>
    </message>
</context>
<context>
    <name>pp::EoslTiles</name>
    <message>
        <source>Show these components on the roadmap</source>
        <translation>これらの構成要素をロードマップに表示します</translation>
    </message>
    <message>
        <source>Past EOSL</source>
        <translation>EOSL超過</translation>
    </message>
    <message>
        <source>Need a decision</source>
        <translation>方針未決定</translation>
    </message>
    <message>
        <source>EOSL unknown</source>
        <translation>EOSL不明</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:18pt; font-weight:bold&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</source>
        <translation>&lt;span style=&apos;font-size:18pt; font-weight:bold&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>EOSL within %1 days</source>
        <translation>%1日以内にEOSL</translation>
    </message>
</context>
<context>
    <name>pp::EvidenceDialog</name>
    <message>
        <source>Record evidence: %1</source>
        <translation>実施記録の登録: %1</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>実施済みにする: %1</translation>
    </message>
    <message>
        <source>Record that “%1” was checked: when, by whom and what was found.</source>
        <translation>「%1」の確認を記録します。いつ、誰が確認し、何が分かったかを入力してください。</translation>
    </message>
    <message>
        <source>Record that “%1” was done. Its next due date moves on from the day it was done.</source>
        <translation>「%1」の実施を記録します。次回期限は実施日を起点に再計算されます。</translation>
    </message>
    <message>
        <source>The day it was done; not after today (%1)</source>
        <translation>実施した日（本日 %1 より後の日付は不可）</translation>
    </message>
    <message>
        <source>Required: who did the check</source>
        <translation>必須: 確認を行った人</translation>
    </message>
    <message>
        <source>e.g. no exploitation attempts in the firewall logs</source>
        <translation>例: ファイアウォールのログに攻撃の試行なし</translation>
    </message>
    <message>
        <source>e.g. scan report reviewed, 2 new findings raised</source>
        <translation>例: 診断報告書を確認し、新たな検出事項を2件登録</translation>
    </message>
    <message>
        <source>Optional: a file path or ticket, e.g. OPS-1234</source>
        <translation>任意: ファイルパスまたはチケット（例: OPS-1234）</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>実施日(&amp;O):</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>実施者(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>確認結果(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>参照先(&amp;R):</translation>
    </message>
</context>
<context>
    <name>pp::FeedImportDialog</name>
    <message>
        <source>C&amp;hoose files…</source>
        <translation>ファイルを選択(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Preview (dry run)</source>
        <translation>プレビュー（ドライラン）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Import vulnerabilities</source>
        <translation>脆弱性のインポート</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Read, store, match and count everything, then roll back: nothing is changed</source>
        <translation>読み込み、保存、照合、集計をすべて行った後にロールバックします。何も変更しません</translation>
    </message>
    <message>
        <source>&amp;Feed:</source>
        <translation>フィード(&amp;F):</translation>
    </message>
    <message>
        <source>Fi&amp;les:</source>
        <translation>ファイル(&amp;L):</translation>
    </message>
    <message>
        <source>Is&amp;sues:</source>
        <translation>問題(&amp;S):</translation>
    </message>
    <message>
        <source>Choose the files of one feed, then Preview to see what would change, or Import.</source>
        <translation>1つのフィードのファイルを選択し、[プレビュー] で変更内容を確認するか、[インポート] を押してください。</translation>
    </message>
    <message>
        <source>Known exploited vulnerabilities (CISA KEV, JSON or CSV)</source>
        <translation>悪用が確認された脆弱性（CISA KEV、JSONまたはCSV）</translation>
    </message>
    <message>
        <source>NVD CVE feed (API 2.0 JSON)</source>
        <translation>NVD CVEフィード（API 2.0 JSON）</translation>
    </message>
    <message>
        <source>JVN iPedia (JVNRSS or VULDEF XML)</source>
        <translation>JVN iPedia（JVNRSSまたはVULDEF XML）</translation>
    </message>
    <message>
        <source>Choose feed files</source>
        <translation>フィードファイルの選択</translation>
    </message>
    <message>
        <source>Feed files (*.json *.csv *.xml *.rdf);;All files (*)</source>
        <translation>フィードファイル (*.json *.csv *.xml *.rdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>認識できません</translation>
    </message>
    <message>
        <source>%1 — %2, looks like %3</source>
        <translation>%1 — %2、%3 と思われます</translation>
    </message>
    <message>
        <source>No file chosen yet: use Choose files.</source>
        <translation>ファイルがまだ選択されていません。[ファイルを選択] を使用してください。</translation>
    </message>
    <message>
        <source>Some files do not look like %1: import each feed on its own, or choose the feed that matches them.</source>
        <translation>%1 ではないと思われるファイルがあります。フィードごとに個別にインポートするか、ファイルに合ったフィードを選択してください。</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>読み込み形式: %1</translation>
    </message>
    <message>
        <source>Previewing… nothing will be changed.</source>
        <translation>プレビューしています… 何も変更されません。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポートしています…</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>開始しています</translation>
    </message>
    <message>
        <source>The import stopped without a result.</source>
        <translation>インポートが結果なしで停止しました。</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>キャンセルしています… 何も変更されません。</translation>
    </message>
    <message>
        <source>Vulnerabilities: %1 created, %2 updated, %3 unchanged, %4 skipped (%5 records in %6 file(s)).&lt;br&gt;Findings: %7 created, %8 resolved, %9 re-opened, %10 with a new due date or track.&lt;br&gt;Patches: %11 created, %12 updated, %13 removed.</source>
        <translation>脆弱性: 新規%1件、更新%2件、変更なし%3件、スキップ%4件（%6ファイル、%5レコード）。&lt;br&gt;検出事項: 新規%7件、解決済み%8件、再オープン%9件、対応期限または対応区分の変更%10件。&lt;br&gt;パッチ: 新規%11件、更新%12件、削除%13件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled: nothing was changed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;キャンセルしました: 何も変更していません。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The files have errors: nothing was changed.&lt;/b&gt; Correct the errors listed below and import again.</source>
        <translation>&lt;b&gt;ファイルにエラーがあります: 何も変更していません。&lt;/b&gt; 以下のエラーを修正して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed: nothing was changed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;インポートに失敗しました: 何も変更していません。&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview: this is what an import would do. Nothing was changed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;プレビュー: インポートすると以下のようになります。何も変更していません。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Preview done</source>
        <translation>プレビュー完了</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;インポートしました。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>pp::FindingTableModel</name>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>name (lower confidence)</source>
        <translation>名前（信頼度低）</translation>
    </message>
    <message>
        <source>Matched by vendor, product and version, not by CPE: check it. Criteria: %1</source>
        <translation>CPEではなく、ベンダー・製品・バージョンで照合しました。確認してください。条件: %1</translation>
    </message>
    <message>
        <source>Matched criteria: %1</source>
        <translation>照合条件: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（期限超過）</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
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
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>深刻度</translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation>CVSS</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>Due rule</source>
        <translation>期限ルール</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>対応区分</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検出日</translation>
    </message>
</context>
<context>
    <name>pp::FindingTiles</name>
    <message>
        <source>&lt;span style=&apos;font-size:18pt; font-weight:bold&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</source>
        <translation>&lt;span style=&apos;font-size:18pt; font-weight:bold&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Emergency findings</source>
        <translation>緊急の検出事項</translation>
    </message>
    <message>
        <source>Open findings on the emergency track: patch these now. Click to list them.</source>
        <translation>緊急の対応区分にある未対応の検出事項です。直ちにパッチを適用してください。クリックすると一覧を表示します。</translation>
    </message>
    <message>
        <source>Overdue findings</source>
        <translation>期限超過の検出事項</translation>
    </message>
    <message>
        <source>Open findings past their due date. Click to list them.</source>
        <translation>対応期限を過ぎた未対応の検出事項です。クリックすると一覧を表示します。</translation>
    </message>
    <message>
        <source>Untriaged findings</source>
        <translation>未トリアージの検出事項</translation>
    </message>
    <message>
        <source>Findings nobody has looked at yet. Click to list them.</source>
        <translation>まだ誰も確認していない検出事項です。クリックすると一覧を表示します。</translation>
    </message>
    <message>
        <source>Known exploited (KEV)</source>
        <translation>悪用が確認された脆弱性 (KEV)</translation>
    </message>
    <message>
        <source>Open findings of vulnerabilities in CISA&apos;s KEV catalog. Click to list them.</source>
        <translation>CISAのKEVカタログに掲載された脆弱性の、未対応の検出事項です。クリックすると一覧を表示します。</translation>
    </message>
</context>
<context>
    <name>pp::FrozenPage</name>
    <message>
        <source>Only with &amp;gaps</source>
        <translation>不備ありのみ(&amp;G)</translation>
    </message>
    <message>
        <source>Add &amp;control…</source>
        <translation>補完的な措置を追加(&amp;C)…</translation>
    </message>
    <message>
        <source>Ed&amp;it control…</source>
        <translation>補完的な措置を編集(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete control…</source>
        <translation>補完的な措置を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Record evidence…</source>
        <translation>実施記録を登録(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;quest acceptance…</source>
        <translation>リスク受容を申請(&amp;Q)…</translation>
    </message>
    <message>
        <source>Edit acce&amp;ptance…</source>
        <translation>リスク受容を編集(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>更新(&amp;N)…</translation>
    </message>
    <message>
        <source>Delete req&amp;uest…</source>
        <translation>申請を削除(&amp;U)…</translation>
    </message>
    <message>
        <source>Only the components where a control, a support contract or a current acceptance is missing</source>
        <translation>補完的な措置、サポート契約、有効なリスク受容のいずれかが欠けている構成要素のみ</translation>
    </message>
    <message>
        <source>Filter by system, product, reason, gap or CVE</source>
        <translation>システム、製品、理由、不備、CVEで絞り込み</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>最終実施日</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>次回期限</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照先</translation>
    </message>
    <message>
        <source>Risk of</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>リスク対応</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（期限超過）</translation>
    </message>
    <message numerus="yes">
        <source>Expiring in %n day(s)</source>
        <translation>
            <numerusform>%n日後に期限切れ</numerusform>
        </translation>
    </message>
    <message>
        <source>A compensating control for the selected component (Ctrl+N)</source>
        <translation>選択した構成要素に補完的な措置を追加します (Ctrl+N)</translation>
    </message>
    <message>
        <source>Record that the selected control was checked: it moves its next due date</source>
        <translation>選択した補完的な措置の確認を記録します。次回期限が更新されます</translation>
    </message>
    <message>
        <source>Ask for the risk of the selected frozen component to be accepted until an expiry date</source>
        <translation>選択した塩漬けの構成要素について、期限付きでリスク受容を申請します</translation>
    </message>
    <message>
        <source>Approve the selected acceptance as yourself; the requester cannot approve their own request</source>
        <translation>選択したリスク受容を自分の名前で承認します。申請者は自分の申請を承認できません</translation>
    </message>
    <message>
        <source>Extend the selected acceptance to a new expiry date; the renewal needs approving again</source>
        <translation>選択したリスク受容を新しい期限まで延長します。更新後は再度承認が必要です</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>システム(&amp;Y):</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>フィルター(&amp;L):</translation>
    </message>
    <message>
        <source>C&amp;ompensating controls</source>
        <translation>補完的な措置(&amp;O)</translation>
    </message>
    <message>
        <source>Ris&amp;k acceptances</source>
        <translation>リスク受容(&amp;K)</translation>
    </message>
    <message>
        <source>Frozen systems</source>
        <translation>塩漬けシステム</translation>
    </message>
    <message>
        <source>Frozen components cannot be upgraded or patched; they stay safe only through compensating controls that someone keeps up, and risk acceptances that expire.</source>
        <translation>塩漬けの構成要素はアップグレードもパッチ適用もできないため、担当者が維持する補完的な措置と、期限付きのリスク受容によって安全を保ちます。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The frozen-systems register could not be read. %1</source>
        <translation>塩漬けシステム台帳を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>No database is open: open one with File → Open database.</source>
        <translation>データベースが開かれていません。[ファイル] → [データベースを開く] で開いてください。</translation>
    </message>
    <message>
        <source>No frozen systems. A component appears here when its system&apos;s lifecycle state is frozen, or when its upgrade decision is frozen (on the Roadmap or the component&apos;s lifecycle). Frozen components are kept safe by the compensating controls and risk acceptances recorded here.</source>
        <translation>塩漬けシステムはありません。システムのライフサイクル状態が塩漬けの場合、または構成要素のアップグレード方針が塩漬けの場合（ロードマップまたは構成要素のライフサイクルで設定）に、その構成要素がここに表示されます。塩漬けの構成要素は、ここに記録する補完的な措置とリスク受容によって安全を保ちます。</translation>
    </message>
    <message>
        <source>No frozen component matches the filters: choose All systems, or clear Only with gaps and the filter text.</source>
        <translation>フィルターに一致する塩漬けの構成要素はありません。[すべてのシステム] を選択するか、[不備ありのみ] とフィルターの文字列をクリアしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n frozen component(s)</source>
        <translation>
            <numerusform>塩漬けの構成要素 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 frozen components</source>
        <translation>塩漬けの構成要素 %2件中%1件</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n with gaps</source>
        <translation>
            <numerusform>不備あり %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>The component</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>検出事項 %1</translation>
    </message>
    <message>
        <source>Select a frozen component to see its controls, risk acceptances and gaps.</source>
        <translation>塩漬けの構成要素を選択すると、その補完的な措置、リスク受容、不備が表示されます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 %2&lt;/b&gt; on %3 — %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 %2&lt;/b&gt;（%3 — %4）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reason:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;理由:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (security support ends %2)</source>
        <translation>%1（セキュリティサポート終了日 %2）</translation>
    </message>
    <message>
        <source>%1; extended support under contract</source>
        <translation>%1。延長サポート契約あり</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;EOSL:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;EOSL:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gaps:&lt;/b&gt; none — the controls are in place and current.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;不備:&lt;/b&gt; なし — 補完的な措置は実施済みで、確認も期限内です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;&lt;span style=&apos;color:#b01c1c&apos;&gt;Gaps (%1):&lt;/span&gt;&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;&lt;span style=&apos;color:#b01c1c&apos;&gt;不備（%1）:&lt;/span&gt;&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Accepted findings:&lt;/b&gt; none&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;リスク受容した検出事項:&lt;/b&gt; なし&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Accepted findings (%1):&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;リスク受容した検出事項（%1）:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not periodic</source>
        <translation>定期確認なし</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Overdue: record the evidence of the check to clear it.</source>
        <translation>期限超過: 確認の実施記録を登録すると解消します。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Not in effect today: it does not count for the gaps.</source>
        <translation>本日時点で有効ではないため、不備の判定では考慮されません。</translation>
    </message>
    <message>
        <source>a finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>the component</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <source>the whole system</source>
        <translation>システム全体</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>根拠: %1</translation>
    </message>
    <message>
        <source>Residual risk: %1</source>
        <translation>残存リスク: %1</translation>
    </message>
    <message numerus="yes">
        <source>Relies on %n control(s)</source>
        <translation>
            <numerusform>前提とする補完的な措置: %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: select a control to see its log.</source>
        <translation>実施記録: 補完的な措置を選択すると、その記録が表示されます。</translation>
    </message>
    <message>
        <source>Evidence of “%1”:</source>
        <translation>「%1」の実施記録:</translation>
    </message>
    <message>
        <source>Evidence of “%1”: none recorded yet.</source>
        <translation>「%1」の実施記録: まだ登録されていません。</translation>
    </message>
    <message>
        <source>Show component</source>
        <translation>構成要素を表示</translation>
    </message>
    <message>
        <source>Add control…</source>
        <translation>補完的な措置を追加…</translation>
    </message>
    <message>
        <source>Request acceptance…</source>
        <translation>リスク受容を申請…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The control “%1” was added.</source>
        <translation>補完的な措置「%1」を追加しました。</translation>
    </message>
    <message>
        <source>The control was deleted meanwhile.</source>
        <translation>その間に補完的な措置が削除されました。</translation>
    </message>
    <message>
        <source>Delete control</source>
        <translation>補完的な措置の削除</translation>
    </message>
    <message>
        <source>Delete the control “%1”?</source>
        <translation>補完的な措置「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>A control with recorded evidence, or one an acceptance relies on, cannot be deleted: end it with a valid-until date instead. You can undo this with Edit → Undo.</source>
        <translation>実施記録がある補完的な措置や、リスク受容の前提になっている補完的な措置は削除できません。代わりに有効期限を設定して終了してください。[編集] → [元に戻す] で取り消せます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>The evidence could not be recorded. %1</source>
        <translation>実施記録を登録できませんでした。%1</translation>
    </message>
    <message>
        <source>Evidence recorded for “%1”; next due %2.</source>
        <translation>「%1」の実施記録を登録しました。次回期限は %2 です。</translation>
    </message>
    <message>
        <source>Evidence recorded for “%1”.</source>
        <translation>「%1」の実施記録を登録しました。</translation>
    </message>
    <message>
        <source>The risk acceptance was requested; someone other than %1 must approve it.</source>
        <translation>リスク受容を申請しました。%1 以外の人が承認する必要があります。</translation>
    </message>
    <message>
        <source>The risk acceptance was deleted meanwhile.</source>
        <translation>その間にリスク受容が削除されました。</translation>
    </message>
    <message>
        <source>Approve risk acceptance</source>
        <translation>リスク受容の承認</translation>
    </message>
    <message>
        <source>Approve the risk acceptance of %1 requested by %2, until %3?</source>
        <translation>%2 が申請した %1 のリスク受容を、%3 まで承認しますか?</translation>
    </message>
    <message>
        <source>The approval is recorded as %1 today and cannot be undone.</source>
        <translation>承認は本日付けで %1 として記録され、取り消すことはできません。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>The risk acceptance was not approved. %1</source>
        <translation>リスク受容を承認できませんでした。%1</translation>
    </message>
    <message>
        <source>The risk acceptance was approved by %1 until %2.</source>
        <translation>%1 がリスク受容を %2 まで承認しました。</translation>
    </message>
    <message>
        <source>Renew risk acceptance</source>
        <translation>リスク受容の更新</translation>
    </message>
    <message>
        <source>The acceptance of %1 expires on %2. Renewing it sets a new expiry date and withdraws the approval: it needs approving again, by someone other than the requester.</source>
        <translation>%1 のリスク受容の期限は %2 です。更新すると新しい期限が設定され、承認は取り消されます。申請者以外の人による再承認が必要です。</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>&amp;New expiry date:</source>
        <translation>新しい期限(&amp;N):</translation>
    </message>
    <message>
        <source>The risk acceptance was not renewed. %1</source>
        <translation>リスク受容を更新できませんでした。%1</translation>
    </message>
    <message>
        <source>Renewed until %1; it needs approving again.</source>
        <translation>%1 まで更新しました。再度承認が必要です。</translation>
    </message>
    <message>
        <source>Delete risk acceptance request</source>
        <translation>リスク受容の申請の削除</translation>
    </message>
    <message>
        <source>Delete the risk acceptance request of %1?</source>
        <translation>%1 のリスク受容の申請を削除しますか?</translation>
    </message>
    <message>
        <source>Only a request that is not approved can be deleted. You can undo this with Edit → Undo.</source>
        <translation>削除できるのは未承認の申請だけです。[編集] → [元に戻す] で取り消せます。</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>PDF をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>The register as shown, with controls, evidence dates, acceptances and gaps per system, as a PDF</source>
        <translation>表示中の台帳を、システムごとの補完的な措置、実施記録の日付、リスク受容、不備とともに PDF で出力します</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>印刷プレビュー(&amp;W)…</translation>
    </message>
    <message>
        <source>Export frozen-systems register as PDF</source>
        <translation>塩漬けシステム台帳を PDF にエクスポート</translation>
    </message>
    <message>
        <source>frozen-register-%1.pdf</source>
        <translation>frozen-register-%1.pdf</translation>
    </message>
    <message>
        <source>Print frozen-systems register</source>
        <translation>塩漬けシステム台帳の印刷</translation>
    </message>
    <message>
        <source>frozen-register</source>
        <comment>file name of an exported list</comment>
        <translation>frozen-register</translation>
    </message>
    <message>
        <source>Reading the frozen-systems register…</source>
        <translation>塩漬けシステム台帳を読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>pp::FrozenRegisterModel</name>
    <message>
        <source>ended</source>
        <translation>終了済み</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>未発表</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Upgrade decision: frozen</source>
        <translation>アップグレード方針: 塩漬け</translation>
    </message>
    <message>
        <source>The system is frozen</source>
        <translation>システムが塩漬け</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（期限超過）</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>不備 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps: the compensating controls are in place and current.</source>
        <translation>不備なし: 補完的な措置は実施済みで、確認も期限内です。</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>End of security support: the last supported day</source>
        <translation>セキュリティサポート終了: サポートされる最終日</translation>
    </message>
    <message>
        <source>Findings whose risk is accepted</source>
        <translation>リスク受容した検出事項</translation>
    </message>
    <message>
        <source>Compensating controls on the component, its findings or its system</source>
        <translation>構成要素、その検出事項、そのシステムに対する補完的な措置</translation>
    </message>
    <message>
        <source>The earliest next check of its periodic controls</source>
        <translation>定期確認が必要な補完的な措置のうち、最も早い次回の確認期限</translation>
    </message>
    <message>
        <source>What the frozen-system rules find missing</source>
        <translation>塩漬けシステムのルールで不足と判定された事項</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
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
    <message>
        <source>EOSL</source>
        <translation>EOSL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>補完的な措置</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>次回期限</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>不備</translation>
    </message>
</context>
<context>
    <name>pp::GanttView</name>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>担当: %1</translation>
    </message>
    <message>
        <source>Due: %1 (%2)</source>
        <translation>期限: %1（%2）</translation>
    </message>
    <message>
        <source>Planned: %1 – %2 (%3)</source>
        <translation>予定: %1 – %2（%3）</translation>
    </message>
    <message>
        <source>Done at %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>Done by %1 at %2</source>
        <translation>完了: %2（%1）</translation>
    </message>
</context>
<context>
    <name>pp::GapTiles</name>
    <message>
        <source>&lt;span style=&apos;font-size:18pt; font-weight:bold&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</source>
        <translation>&lt;span style=&apos;font-size:18pt; font-weight:bold&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Frozen components</source>
        <translation>塩漬けの構成要素</translation>
    </message>
    <message>
        <source>Components that are not upgraded or patched: of a frozen system, or with a frozen upgrade decision. Click to open the register.</source>
        <translation>アップグレードもパッチ適用も行わない構成要素です（塩漬けシステムの構成要素、またはアップグレード方針が塩漬けのもの）。クリックすると台帳を開きます。</translation>
    </message>
    <message>
        <source>Frozen components past EOSL without an extended-support contract or an alternative service. Click to list them.</source>
        <translation>延長サポート契約も代替サービスもないままEOSLを過ぎた、塩漬けの構成要素です。クリックすると一覧を表示します。</translation>
    </message>
    <message>
        <source>Accepted findings that no current periodic log review watches. Click to list them.</source>
        <translation>有効な定期ログ確認で監視されていない、リスク受容した検出事項です。クリックすると一覧を表示します。</translation>
    </message>
    <message>
        <source>Periodic compensating controls past their next due date. Click to list them.</source>
        <translation>次回期限を過ぎた、定期確認が必要な補完的な措置です。クリックすると一覧を表示します。</translation>
    </message>
    <message>
        <source>Risk acceptances past their expiry date and not renewed. Click to list them.</source>
        <translation>期限を過ぎても更新されていないリスク受容です。クリックすると一覧を表示します。</translation>
    </message>
    <message>
        <source>Acceptances expiring</source>
        <translation>期限切れ間近のリスク受容</translation>
    </message>
    <message>
        <source>Approved risk acceptances that expire soon: renew them or fix the finding. Click to open the register.</source>
        <translation>まもなく期限切れになる承認済みのリスク受容です。更新するか、検出事項を解消してください。クリックすると台帳を開きます。</translation>
    </message>
</context>
<context>
    <name>pp::HorizonsDialog</name>
    <message>
        <source>EOSL horizons</source>
        <translation>EOSLの期間区分</translation>
    </message>
    <message>
        <source>A component is listed as ending soon when its end of security support (EOSL) is within one of these horizons. Each horizon must be longer than the one before it.</source>
        <translation>セキュリティサポート終了日（EOSL）がこれらの期間内にある構成要素を「まもなく終了」として表示します。各期間は前の期間より長くしてください。</translation>
    </message>
    <message>
        <source>&amp;First horizon:</source>
        <translation>第1期間(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Second horizon:</source>
        <translation>第2期間(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Third horizon:</source>
        <translation>第3期間(&amp;T):</translation>
    </message>
    <message>
        <source>F&amp;arthest horizon:</source>
        <translation>最長期間(&amp;A):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Each horizon must be longer than the one before it.</source>
        <translation>各期間は前の期間より長くしてください。</translation>
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
    <message numerus="yes">
        <source>Importing %n row(s) from %1… Nothing is kept unless all of them are written.</source>
        <translation>
            <numerusform>%1 から %n 行をインポートしています… すべて書き込めた場合にのみ保存されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped without a result.</source>
        <translation>インポートが結果なしで停止しました。</translation>
    </message>
</context>
<context>
    <name>pp::LifecycleController</name>
    <message>
        <source>Import &amp;endoflife.date files…</source>
        <translation>endoflife.dateファイルをインポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Product mapping…</source>
        <translation>製品の対応付け(&amp;P)…</translation>
    </message>
    <message>
        <source>Read release cycles and support dates from endoflife.date API files</source>
        <translation>endoflife.date APIのファイルからリリースサイクルとサポート期限を読み込みます</translation>
    </message>
    <message>
        <source>Import endoflife.date files</source>
        <translation>endoflife.dateファイルのインポート</translation>
    </message>
    <message>
        <source>endoflife.date JSON (*.json)</source>
        <translation>endoflife.date JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a &amp;folder instead…</source>
        <translation>代わりにフォルダーを選択(&amp;F)…</translation>
    </message>
    <message>
        <source>Folder of files</source>
        <translation>ファイルのフォルダー</translation>
    </message>
    <message>
        <source>EOSL &amp;horizons…</source>
        <translation>EOSLの期間区分(&amp;H)…</translation>
    </message>
    <message>
        <source>The horizons were not saved: %1</source>
        <translation>期間区分を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The EOSL horizons are now %1, %2, %3 and %4 days.</source>
        <translation>EOSLの期間区分を %1日、%2日、%3日、%4日 に変更しました。</translation>
    </message>
</context>
<context>
    <name>pp::LifecyclePanel</name>
    <message>
        <source>An extended-support &amp;contract covers this component</source>
        <translation>この構成要素は延長サポート契約の対象(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>変更を破棄(&amp;R)</translation>
    </message>
    <message>
        <source>Support dates</source>
        <translation>サポート期限</translation>
    </message>
    <message>
        <source>As imported</source>
        <translation>インポート値</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Ended (date unknown)</source>
        <translation>終了済み（日付不明）</translation>
    </message>
    <message>
        <source>Not announced</source>
        <translation>未発表</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Upgrade decision</source>
        <translation>アップグレード方針</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Set by %1 on %2</source>
        <translation>%2 に %1 が設定</translation>
    </message>
    <message>
        <source>Imported from %1 on %2</source>
        <translation>%2 に %1 からインポート</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Select a component to see its lifecycle.</source>
        <translation>構成要素を選択すると、そのライフサイクルが表示されます。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 に %1</translation>
    </message>
    <message>
        <source>endoflife.date: %1 cycle %2 (%3)</source>
        <translation>endoflife.date: %1 サイクル %2（%3）</translation>
    </message>
    <message>
        <source>Not tied to an endoflife.date release cycle: enter the dates by hand, or map the product (Tools → Product mapping).</source>
        <translation>endoflife.dateのリリースサイクルに関連付けられていません。日付を手動で入力するか、製品を対応付けてください（[ツール] → [製品の対応付け]）。</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation>%2 に %1 が決定</translation>
    </message>
    <message>
        <source>Enter a date for “%1”, or choose another state.</source>
        <translation>「%1」の日付を入力するか、別の状態を選択してください。</translation>
    </message>
    <message>
        <source>Not every change was saved; see the message above.</source>
        <translation>一部の変更は保存されませんでした。上のメッセージを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source> — %n day(s) left</source>
        <translation>
            <numerusform> — 残り%n日</numerusform>
        </translation>
    </message>
    <message>
        <source> — &lt;b style=&apos;color:%1&apos;&gt;an upgrade decision is needed&lt;/b&gt;</source>
        <translation> — &lt;b style=&apos;color:%1&apos;&gt;アップグレード方針の決定が必要です&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dec&amp;ision:</source>
        <translation>方針(&amp;I):</translation>
    </message>
    <message>
        <source>Tar&amp;get version:</source>
        <translation>目標バージョン(&amp;G):</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>目標日(&amp;D):</translation>
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
    <message>
        <source>Roadmap</source>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <source>&amp;Connect to shared database…</source>
        <translation>共有データベースに接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a team&apos;s PostgreSQL database</source>
        <translation>チームのPostgreSQLデータベースを開きます</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>接続…</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>ロードマップ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>パスワードを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>You are connected as %1 (%2): you can look but not change anything.</source>
        <translation>%1（%2）として接続しています。閲覧はできますが、変更はできません。</translation>
    </message>
    <message>
        <source>Role: all rights (local file)</source>
        <translation>ロール: すべての権限（ローカルファイル）</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>ロール: %1</translation>
    </message>
    <message>
        <source>Your rights follow your database user&apos;s roles (pp_viewer, pp_planner, pp_approver).</source>
        <translation>権限はデータベースユーザーのロール（pp_viewer、pp_planner、pp_approver）に従います。</translation>
    </message>
    <message>
        <source>An SQLite file has one local user; a read-only file can only be looked at.</source>
        <translation>SQLiteファイルのユーザーはローカルの1人だけです。読み取り専用のファイルは閲覧のみできます。</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>&amp;Known exploited vulnerabilities (CISA KEV)…</source>
        <translation>悪用が確認された脆弱性（CISA KEV）(&amp;K)…</translation>
    </message>
    <message>
        <source>Import CISA&apos;s catalog of vulnerabilities exploited in the wild (JSON or CSV)</source>
        <translation>実際に悪用が確認された脆弱性のCISAカタログ（JSONまたはCSV）をインポートします</translation>
    </message>
    <message>
        <source>&amp;NVD CVE feed…</source>
        <translation>NVD CVEフィード(&amp;N)…</translation>
    </message>
    <message>
        <source>Import CVE records of the NVD API 2.0 (JSON)</source>
        <translation>NVD API 2.0のCVEレコード（JSON）をインポートします</translation>
    </message>
    <message>
        <source>&amp;JVN iPedia feed…</source>
        <translation>JVN iPediaフィード(&amp;J)…</translation>
    </message>
    <message>
        <source>Import JVN iPedia records (JVNRSS or VULDEF XML)</source>
        <translation>JVN iPediaのレコード（JVNRSSまたはVULDEF XML）をインポートします</translation>
    </message>
    <message>
        <source>Cyclone&amp;DX SBOM…</source>
        <translation>CycloneDX SBOM(&amp;D)…</translation>
    </message>
    <message>
        <source>Import a system&apos;s components from a CycloneDX SBOM and match them against the vulnerabilities</source>
        <translation>CycloneDX SBOMからシステムの構成要素をインポートし、脆弱性と照合します</translation>
    </message>
    <message>
        <source>D&amp;ue-date policy…</source>
        <translation>対応期限ポリシー(&amp;U)…</translation>
    </message>
    <message>
        <source>How many days each kind of finding has, and what puts it on the emergency track</source>
        <translation>検出事項の種類ごとの対応日数と、緊急の対応区分にする条件を設定します</translation>
    </message>
    <message>
        <source>Vul&amp;nerabilities</source>
        <translation>脆弱性(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Patches</source>
        <translation>パッチ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;New vendor patch…</source>
        <translation>新規ベンダーパッチ(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete vendor patch…</source>
        <translation>ベンダーパッチを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Vulnerabilities imported: %1 created, %2 updated; %3 new finding(s), %4 resolved.</source>
        <translation>脆弱性をインポートしました: 新規%1件、更新%2件。検出事項: 新規%3件、解決済み%4件。</translation>
    </message>
    <message>
        <source>SBOM imported: %1 component(s) created, %2 updated; %3 new finding(s).</source>
        <translation>SBOMをインポートしました: 構成要素 新規%1件、更新%2件。新規の検出事項%3件。</translation>
    </message>
    <message>
        <source>The due-date policy was saved; the open findings&apos; due dates and tracks were recomputed.</source>
        <translation>対応期限ポリシーを保存しました。未対応の検出事項の対応期限と対応区分を再計算しました。</translation>
    </message>
    <message>
        <source>&amp;Vendor patch list (CSV)…</source>
        <translation>ベンダーパッチ一覧 (CSV)(&amp;V)…</translation>
    </message>
    <message>
        <source>Import vendor patches (rollups, advisories, KBs) from a CSV list; each is linked to the open findings it resolves</source>
        <translation>CSV一覧からベンダーパッチ（ロールアップ、アドバイザリ、KB）をインポートし、それぞれが解決する未対応の検出事項と関連付けます</translation>
    </message>
    <message>
        <source>Import vendor patch list</source>
        <translation>ベンダーパッチ一覧のインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed.</source>
        <translation>%1 はインポートされませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>Correct these problems and import the file again.</source>
        <translation>これらの問題を修正してから、もう一度インポートしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n vendor patch(es) from %1? Each is linked to the open findings it resolves.</source>
        <translation>
            <numerusform>%1 から %n 件のベンダーパッチをインポートしますか？ それぞれが解決する未対応の検出事項と関連付けます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Vendor patches imported: %1 created, %2 updated, %3 unchanged; %4 open finding(s) linked.</source>
        <translation>ベンダーパッチをインポートしました: 作成 %1 件、更新 %2 件、変更なし %3 件。未対応の検出事項 %4 件と関連付けました。</translation>
    </message>
    <message>
        <source>Frozen systems</source>
        <translation>塩漬けシステム</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>&amp;Frozen systems</source>
        <translation>塩漬けシステム(&amp;F)</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>カレンダー(&amp;L)</translation>
    </message>
    <message>
        <source>Expired risk acceptances could not be lapsed: %1</source>
        <translation>期限切れのリスク受容を失効させられませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n risk acceptance(s) reached their expiry date and lapsed; %1 finding(s) are open again with a due date.</source>
        <translation>
            <numerusform>%n件のリスク受容が期限を迎えて失効しました。%1件の検出事項が対応期限付きで再び未対応になりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>メンテナンスウィンドウ</translation>
    </message>
    <message>
        <source>Pl&amp;an settings…</source>
        <translation>計画の設定(&amp;A)…</translation>
    </message>
    <message>
        <source>The lead times of regular and emergency plans, and whether public holidays are blackouts</source>
        <translation>定例・緊急の計画のリードタイムと、祝日を変更禁止期間として扱うかどうか</translation>
    </message>
    <message>
        <source>Pla&amp;ns</source>
        <translation>計画(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Windows and blackouts</source>
        <translation>メンテナンスウィンドウと変更禁止期間(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Step templates…</source>
        <translation>手順テンプレート(&amp;S)…</translation>
    </message>
    <message>
        <source>The pre, apply, post and rollback steps new plans start with, in English and Japanese</source>
        <translation>新しい計画の作業前・適用・作業後・ロールバックの手順（英語と日本語）</translation>
    </message>
    <message>
        <source>The step templates were saved; new plans start with them.</source>
        <translation>手順テンプレートを保存しました。新しい計画はこの手順で作成されます。</translation>
    </message>
    <message>
        <source>&amp;Print or export plan…</source>
        <translation>計画を印刷またはエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the selected plan or export it as a PDF</source>
        <translation>選択した計画を印刷するか、PDF としてエクスポートします</translation>
    </message>
    <message>
        <source>Select the plan to print in the list first.</source>
        <translation>印刷する計画を先に一覧で選択してください。</translation>
    </message>
    <message>
        <source>Export &amp;calendar (iCalendar)…</source>
        <translation>カレンダーをエクスポート (iCalendar)(&amp;C)…</translation>
    </message>
    <message>
        <source>Write an .ics file a team can subscribe to: maintenance windows, blackouts, plans and their milestones, EOSL dates, acceptance expiries and due dates</source>
        <translation>チームで購読できる .ics ファイルを書き出します: メンテナンスウィンドウ、変更禁止期間、計画とそのマイルストーン、EOSL の日付、リスク受容の期限、各種の期限</translation>
    </message>
    <message>
        <source>Write the list of this page as shown (its filter, sort and columns) to a CSV or JSON file</source>
        <translation>このページの一覧を表示どおり（フィルター、並べ替え、列）に CSV または JSON ファイルへ書き出します</translation>
    </message>
    <message>
        <source>Export calendar (iCalendar)</source>
        <translation>カレンダーのエクスポート (iCalendar)</translation>
    </message>
    <message>
        <source>patchplanner.ics</source>
        <translation>patchplanner.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not exported. %1</source>
        <translation>カレンダーをエクスポートできませんでした。%1</translation>
    </message>
    <message>
        <source>The calendar was exported to %1. Export it again after changes: calendars update its events instead of adding copies.</source>
        <translation>カレンダーを %1 にエクスポートしました。変更後はもう一度エクスポートしてください。カレンダー側ではイベントが複製されず、更新されます。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 に書き出しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The calendar export was cancelled; nothing was written.</source>
        <translation>カレンダーの書き出しを取り消しました。何も書き出されていません。</translation>
    </message>
</context>
<context>
    <name>pp::MajorChangeDialog</name>
    <message>
        <source>Record major change: %1</source>
        <translation>重要な変更の記録: %1</translation>
    </message>
    <message>
        <source>A major change (a new release, a platform move, a redesign) makes the vulnerability scan of %1 due at once.</source>
        <translation>重要な変更（新しいリリース、基盤の移行、再設計など）があると、%1 の脆弱性診断の期限が直ちに到来します。</translation>
    </message>
    <message>
        <source>The day of the change; not after today (%1)</source>
        <translation>変更日（本日 %1 より後の日付は不可）</translation>
    </message>
    <message>
        <source>&amp;Changed on:</source>
        <translation>変更日(&amp;C):</translation>
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
    <name>pp::MonthView</name>
    <message>
        <source>Month calendar</source>
        <translation>月間カレンダー</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>他%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>前の月 (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>前の月</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>次の月 (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>次の月</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>今日(&amp;O)</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>今日に移動 (Home)</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month title date format</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>pp::Page</name>
    <message>
        <source>list</source>
        <comment>file name of an exported list</comment>
        <translation>list</translation>
    </message>
</context>
<context>
    <name>pp::PatchTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>（複数）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>対応期限なし</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（期限超過）</translation>
    </message>
    <message>
        <source>⚠ Emergency</source>
        <translation>⚠ 緊急</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>再起動あり</translation>
    </message>
    <message>
        <source>No reboot</source>
        <translation>再起動なし</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message numerus="yes">
        <source>Resolves %n finding(s):
</source>
        <translation>
            <numerusform>%n件の検出事項を解決:
</numerusform>
        </translation>
    </message>
    <message>
        <source>The earliest due date of the findings it resolves has passed.</source>
        <translation>解決する検出事項のうち、最も早い対応期限を過ぎています。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
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
        <source>Current version</source>
        <translation>現在のバージョン</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>目標バージョン</translation>
    </message>
    <message>
        <source>Resolves</source>
        <translation>解決対象</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>対応区分</translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation>想定所要時間</translation>
    </message>
    <message>
        <source>Can roll back</source>
        <translation>ロールバック可</translation>
    </message>
</context>
<context>
    <name>pp::PatchesPage</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>期限超過のみ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New vendor patch…</source>
        <translation>新規ベンダーパッチ(&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>編集(&amp;D)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Every track</source>
        <translation>すべての対応区分</translation>
    </message>
    <message>
        <source>Filter by product, patch, advisory, KB, system or CVE</source>
        <translation>製品、パッチ、アドバイザリ、KB、システム、CVEで絞り込み</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>システム(&amp;Y):</translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation>対応区分(&amp;K):</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>フィルター(&amp;R):</translation>
    </message>
    <message>
        <source>Pending patches</source>
        <translation>適用待ちパッチ</translation>
    </message>
    <message>
        <source>The pending patches could not be read. %1</source>
        <translation>適用待ちパッチを読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>No database is open: open one with File → Open database.</source>
        <translation>データベースが開かれていません。[ファイル] → [データベースを開く] で開いてください。</translation>
    </message>
    <message>
        <source>No pending patches: import vulnerabilities with File → Import → NVD CVE feed or Known exploited vulnerabilities (CISA KEV); patches appear for the components they affect. Vendor patches can be entered with New vendor patch.</source>
        <translation>適用待ちパッチはありません。[ファイル] → [インポート] → [NVD CVEフィード] または [悪用が確認された脆弱性（CISA KEV）] で脆弱性をインポートすると、影響を受ける構成要素のパッチが表示されます。ベンダーパッチは [新規ベンダーパッチ] で登録できます。</translation>
    </message>
    <message>
        <source>No pending patch matches the filters: choose All systems and Every track, or clear Overdue only and Find.</source>
        <translation>フィルターに一致する適用待ちパッチはありません。[すべてのシステム] と [すべての対応区分] を選択するか、[期限超過のみ] と検索文字列をクリアしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n pending patch(es)</source>
        <translation>
            <numerusform>適用待ちパッチ %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 pending patches</source>
        <translation>適用待ちパッチ %2件中%1件</translation>
    </message>
    <message>
        <source>The vendor patch “%1” was added.</source>
        <translation>ベンダーパッチ「%1」を追加しました。</translation>
    </message>
    <message>
        <source>%1 is computed from the findings: it changes when the component&apos;s version or the findings change.</source>
        <translation>%1 は検出事項から算出されます。構成要素のバージョンまたは検出事項が変わると変化します。</translation>
    </message>
    <message>
        <source>The patch was deleted meanwhile.</source>
        <translation>その間にパッチが削除されました。</translation>
    </message>
    <message>
        <source>Delete the vendor patch “%1”?</source>
        <translation>ベンダーパッチ「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Delete vendor patch</source>
        <translation>ベンダーパッチの削除</translation>
    </message>
    <message>
        <source>The findings it resolves stay open. You can undo this with Edit → Undo.</source>
        <translation>解決対象の検出事項は未対応のまま残ります。[編集] → [元に戻す] で取り消せます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>patches</source>
        <comment>file name of an exported list</comment>
        <translation>patches</translation>
    </message>
    <message>
        <source>Loading the pending patches…</source>
        <translation>未適用のパッチを読み込んでいます…</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>pp::PlanPrintDialog</name>
    <message>
        <source>&amp;Tiled across pages at a readable size</source>
        <translation>判読できるサイズで複数ページに分割(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fitted to one page</source>
        <translation>1 ページに収める(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;hart only (no cover, scope or step lists)</source>
        <translation>チャートのみ（表紙・対象範囲・手順一覧なし）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Limit the timeline to these days:</source>
        <translation>タイムラインを次の期間に限定(&amp;L):</translation>
    </message>
    <message>
        <source>Print or export plan %1</source>
        <translation>計画 %1 の印刷またはエクスポート</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>向き(&amp;O):</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Tiled pages repeat the step names, the axis and the legend, and each is labelled with its part, rows and times.</source>
        <translation>分割した各ページには手順名・時間軸・凡例が繰り返し表示され、それぞれに分割番号・対象の行・時間帯が記載されます。</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>pp::PlanSettingsDialog</name>
    <message>
        <source>Treat &amp;Japanese public holidays as blackouts</source>
        <translation>日本の祝日を変更禁止期間として扱う(&amp;J)</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>既定値に戻す(&amp;D)</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>計画の設定</translation>
    </message>
    <message>
        <source>When ticked, a plan on a public holiday (国民の祝日, 振替休日, 国民の休日) is a conflict like one in a blackout</source>
        <translation>チェックすると、祝日（国民の祝日、振替休日、国民の休日）に実施する計画は、変更禁止期間中の計画と同様に競合として扱われます</translation>
    </message>
    <message>
        <source>When each milestone of a plan falls, counted from the start of its window (the review: from its end). New plans use these; existing plans keep their dates.</source>
        <translation>計画の各マイルストーンの時期です。ウィンドウの開始から数えます（レビューのみ終了から数えます）。新しい計画にはこの設定が使われ、既存の計画の日付は変わりません。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Regular plans</source>
        <translation>定例の計画</translation>
    </message>
    <message>
        <source>Emergency plans</source>
        <translation>緊急の計画</translation>
    </message>
    <message>
        <source> d</source>
        <translation> 日</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>after the window</source>
        <translation>ウィンドウの後</translation>
    </message>
    <message>
        <source>before the window</source>
        <translation>ウィンドウの前</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pp::PlanTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no window</source>
        <translation>ウィンドウなし</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Steps of the window (pre, apply and post) done, of all of them.</source>
        <translation>ウィンドウ内の手順（事前・適用・事後）のうち、完了した手順の数と全体の数です。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>手順の完了数</translation>
    </message>
</context>
<context>
    <name>pp::PlanWizard</name>
    <message numerus="yes">
        <source>%n day(s) after the window</source>
        <translation>
            <numerusform>ウィンドウの%n日後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the window</source>
        <translation>
            <numerusform>ウィンドウの%n日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) after the window</source>
        <translation>
            <numerusform>ウィンドウの%n時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before the window</source>
        <translation>
            <numerusform>ウィンドウの%n時間前</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>競合 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新規計画</translation>
    </message>
    <message>
        <source>Type and title</source>
        <translation>種別とタイトル</translation>
    </message>
    <message>
        <source>A regular plan follows the full lead time; an emergency plan shortens it for urgent fixes.</source>
        <translation>定例の計画はリードタイムをすべて確保します。緊急の計画は、至急の修正のためにリードタイムを短縮します。</translation>
    </message>
    <message>
        <source>&amp;Regular plan</source>
        <translation>定例の計画(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Emergency plan</source>
        <translation>緊急の計画(&amp;E)</translation>
    </message>
    <message>
        <source>Automatic: type, date and systems</source>
        <translation>自動: 種別・日付・システム</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>対象範囲</translation>
    </message>
    <message>
        <source>Check the pending patches to apply; their systems are in the plan. For work without patches, check systems instead.</source>
        <translation>適用する適用待ちパッチにチェックを付けてください。そのパッチのシステムが計画の対象になります。パッチを伴わない作業の場合は、代わりにシステムにチェックを付けてください。</translation>
    </message>
    <message>
        <source>System, product, patch or vulnerability</source>
        <translation>システム、製品、パッチ、または脆弱性</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>フィルター(&amp;L):</translation>
    </message>
    <message>
        <source>Check &amp;all shown</source>
        <translation>表示中のものをすべてチェック(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Uncheck all</source>
        <translation>すべてのチェックを外す(&amp;U)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>Resolves</source>
        <translation>解決対象</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>対応区分</translation>
    </message>
    <message>
        <source>&amp;Patches:</source>
        <translation>パッチ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Systems without patches (optional):</source>
        <translation>パッチのないシステム（任意）(&amp;S):</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>The next maintenance windows every system of the plan shares, after the lead time. A window with conflicts can still be chosen.</source>
        <translation>リードタイム経過後の、計画のすべてのシステムに共通する次回以降のメンテナンスウィンドウです。競合のあるウィンドウも選択できます。</translation>
    </message>
    <message>
        <source>&amp;Proposed window:</source>
        <translation>候補のウィンドウ(&amp;P):</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>&amp;Other time:</source>
        <translation>別の日時(&amp;O):</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>開始(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>終了(&amp;E):</translation>
    </message>
    <message>
        <source>On-&amp;site work (vendor devices are checked in quarantine first)</source>
        <translation>現地作業（ベンダーの持ち込み機器は事前に検疫で確認します）(&amp;S)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Finish creates the plan as a draft with its milestones and steps; edit them before sending it for review.</source>
        <translation>[完了] を押すと、マイルストーンと手順を含む下書きとして計画が作成されます。レビューに提出する前に編集してください。</translation>
    </message>
    <message>
        <source>Lead times of an emergency plan:</source>
        <translation>緊急の計画のリードタイム:</translation>
    </message>
    <message>
        <source>Lead times of a regular plan:</source>
        <translation>定例の計画のリードタイム:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>Upgrade to %1</source>
        <translation>%1 へのアップグレード</translation>
    </message>
    <message>
        <source>There are no pending patches.</source>
        <translation>適用待ちのパッチはありません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>yyyy-MM-dd (ddd) HH:mm</source>
        <translation>yyyy年MM月dd日(ddd) HH:mm</translation>
    </message>
    <message>
        <source>The patches are not tied to a system: choose the time.</source>
        <translation>これらのパッチはシステムに関連付けられていません。日時を選択してください。</translation>
    </message>
    <message>
        <source>No window that every system shares was found: choose another time.</source>
        <translation>すべてのシステムに共通するウィンドウが見つかりませんでした。別の日時を選択してください。</translation>
    </message>
    <message>
        <source>Every proposed window has conflicts: choose one anyway, or another time.</source>
        <translation>候補のウィンドウはいずれも競合があります。そのまま選択するか、別の日時を選択してください。</translation>
    </message>
    <message>
        <source>No conflicts in this window.</source>
        <translation>このウィンドウに競合はありません。</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Check at least one patch or system.</source>
        <translation>パッチまたはシステムを1つ以上チェックしてください。</translation>
    </message>
    <message>
        <source>Choose a proposed window or another time.</source>
        <translation>候補のウィンドウか別の日時を選択してください。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>終了は開始より後にしてください。</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>種別: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>タイトル: %1</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>（自動）</translation>
    </message>
    <message>
        <source>Systems: %1</source>
        <translation>システム: %1</translation>
    </message>
    <message>
        <source>(from the patches)</source>
        <translation>（パッチから）</translation>
    </message>
    <message>
        <source>Patches: every pending patch of these systems</source>
        <translation>パッチ: これらのシステムのすべての適用待ちパッチ</translation>
    </message>
    <message numerus="yes">
        <source>Patches: %n checked</source>
        <translation>
            <numerusform>パッチ: %n件をチェック</numerusform>
        </translation>
    </message>
    <message>
        <source>Window: %1 – %2 (%3)</source>
        <translation>ウィンドウ: %1 – %2（%3）</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>競合: %1</translation>
    </message>
    <message>
        <source>On-site work: yes</source>
        <translation>現地作業: あり</translation>
    </message>
    <message>
        <source>On-site work: no</source>
        <translation>現地作業: なし</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>マイルストーン:</translation>
    </message>
    <message>
        <source>• %1  %2</source>
        <translation>• %1  %2</translation>
    </message>
    <message>
        <source>The plan could not be created.</source>
        <translation>計画を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>pp::PlansPage</name>
    <message>
        <source>unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>新規計画(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>レビューに提出(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <source>Confir&amp;m approval</source>
        <translation>承認を確定(&amp;M)</translation>
    </message>
    <message>
        <source>Sched&amp;ule</source>
        <translation>スケジュール登録(&amp;U)</translation>
    </message>
    <message>
        <source>Start &amp;work</source>
        <translation>作業を開始(&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;omplete…</source>
        <translation>完了(&amp;O)…</translation>
    </message>
    <message>
        <source>Roll ba&amp;ck</source>
        <translation>ロールバック(&amp;C)</translation>
    </message>
    <message>
        <source>Cance&amp;l plan…</source>
        <translation>計画を中止(&amp;L)…</translation>
    </message>
    <message>
        <source>Add ste&amp;p…</source>
        <translation>手順を追加(&amp;P)…</translation>
    </message>
    <message>
        <source>Ed&amp;it step…</source>
        <translation>手順を編集(&amp;I)…</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>手順を削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Chec&amp;k off…</source>
        <translation>実施済みにする(&amp;K)…</translation>
    </message>
    <message>
        <source>Open plans</source>
        <translation>未完了の計画</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>すべての計画</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Filter by title, system, author or description</source>
        <translation>タイトル、システム、作成者、説明でフィルター</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>種別(&amp;Y):</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>フィルター(&amp;R):</translation>
    </message>
    <message>
        <source>Select a plan to see its steps, timeline, conflicts and approvals.</source>
        <translation>計画を選択すると、その手順、タイムライン、競合、承認が表示されます。</translation>
    </message>
    <message>
        <source>Send the plan to review: its steps must be paired and its dependencies valid.</source>
        <translation>計画をレビューに提出します。対になる手順が揃っていて、依存関係が有効である必要があります。</translation>
    </message>
    <message>
        <source>Approve or reject the plan with the security checklist (not as its author).</source>
        <translation>セキュリティチェックリストを使って計画を承認または却下します（計画の作成者は不可）。</translation>
    </message>
    <message>
        <source>Confirm the provisional approval of an emergency plan (due within 24 hours of it).</source>
        <translation>緊急の計画の仮承認を確定します（仮承認から24時間以内が期限です）。</translation>
    </message>
    <message>
        <source>Add a step after the selected one (Insert).</source>
        <translation>選択した手順の後に手順を追加します (Insert)。</translation>
    </message>
    <message>
        <source>Edit the selected step (Enter).</source>
        <translation>選択した手順を編集します (Enter)。</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete).</source>
        <translation>選択した手順を削除します (Delete)。</translation>
    </message>
    <message>
        <source>Move the selected step up (Ctrl+Up).</source>
        <translation>選択した手順を上へ移動します (Ctrl+Up)。</translation>
    </message>
    <message>
        <source>Move the selected step down (Ctrl+Down).</source>
        <translation>選択した手順を下へ移動します (Ctrl+Down)。</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No conflicts: the window is inside the systems&apos; maintenance windows, outside blackouts and holidays, and nothing else is booked then.</source>
        <translation>競合はありません。ウィンドウはシステムのメンテナンスウィンドウ内にあり、変更禁止期間にも祝日にも該当せず、同じ時間帯に他の予定もありません。</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Confirmed at</source>
        <translation>確定日時</translation>
    </message>
    <message>
        <source>No decisions yet: submit the plan for review, then someone other than its author approves it.</source>
        <translation>まだ判定はありません。計画をレビューに提出すると、作成者以外の人が承認します。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Patch plans</source>
        <translation>パッチ計画</translation>
    </message>
    <message>
        <source>The plans could not be read. %1</source>
        <translation>計画を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>No database is open: open one with File → Open database.</source>
        <translation>データベースが開かれていません。[ファイル] → [データベースを開く] で開いてください。</translation>
    </message>
    <message>
        <source>No patch plans yet: make one with New plan, from the pending patches of the systems.</source>
        <translation>パッチ計画はまだありません。[新規計画] で、システムの適用待ちパッチから作成してください。</translation>
    </message>
    <message>
        <source>No plan matches the filters: choose All plans and Every type, or clear the filter text.</source>
        <translation>フィルターに一致する計画はありません。[すべての計画] と [すべての種別] を選択するか、フィルターの文字列をクリアしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>計画 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 plans</source>
        <translation>計画 %2件中%1件</translation>
    </message>
    <message>
        <source>The plan could not be read. %1</source>
        <translation>計画を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>The conflicts of the plan could not be worked out. %1</source>
        <translation>計画の競合を判定できませんでした。%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%2 · %3 · window %4 (%5) · author %6 · systems %7</source>
        <translation>&lt;span style=&quot;font-size:large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%2 · %3 · ウィンドウ %4（%5） · 作成者 %6 · システム %7</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>競合（%1）</translation>
    </message>
    <message>
        <source>%1 — overdue: not confirmed within 24 hours</source>
        <translation>%1 — 期限超過: 24時間以内に確定されていません</translation>
    </message>
    <message>
        <source>Reachability changed: %1 · monitoring changed: %2 · runbook agrees: %3 · backup confirmed: %4 · rollback confirmed: %5</source>
        <translation>到達性の変更: %1 · 監視の変更: %2 · 手順書と方針の一致: %3 · バックアップの確認: %4 · ロールバックの確認: %5</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>The plan “%1” was made as a draft: check its steps and conflicts, then submit it for review.</source>
        <translation>計画「%1」を下書きとして作成しました。手順と競合を確認してから、レビューに提出してください。</translation>
    </message>
    <message>
        <source>Delete the plan “%1” with its steps? You can undo this with Edit → Undo.</source>
        <translation>計画「%1」とその手順を削除しますか? [編集] → [元に戻す] で取り消せます。</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>計画の削除</translation>
    </message>
    <message>
        <source>The plan “%1” was deleted.</source>
        <translation>計画「%1」を削除しました。</translation>
    </message>
    <message>
        <source>The plan “%1” is %2. Changing its steps returns it to draft: it must be submitted for review and approved again. Change the steps?</source>
        <translation>計画「%1」は%2です。手順を変更すると下書きに戻り、再度レビューに提出して承認を受ける必要があります。手順を変更しますか?</translation>
    </message>
    <message>
        <source>Change an approved plan</source>
        <translation>承認済みの計画の変更</translation>
    </message>
    <message>
        <source>The plan “%1” is a draft again: submit it for review when the steps are right.</source>
        <translation>計画「%1」は再び下書きになりました。手順が整ったらレビューに提出してください。</translation>
    </message>
    <message>
        <source>The step “%1” was added.</source>
        <translation>手順「%1」を追加しました。</translation>
    </message>
    <message>
        <source>The step “%1” was removed. You can undo this with Edit → Undo.</source>
        <translation>手順「%1」を削除しました。[編集] → [元に戻す] で取り消せます。</translation>
    </message>
    <message>
        <source>The plan “%1” is in review: someone other than you approves it.</source>
        <translation>計画「%1」はレビュー中です。あなた以外の人が承認します。</translation>
    </message>
    <message>
        <source>The plan “%1” is approved: schedule it.</source>
        <translation>計画「%1」は承認されました。スケジュールを登録してください。</translation>
    </message>
    <message>
        <source>The plan “%1” is provisionally approved: the work may start; confirm the approval within 24 hours.</source>
        <translation>計画「%1」は仮承認されました。作業を開始できます。24時間以内に承認を確定してください。</translation>
    </message>
    <message>
        <source>The plan “%1” was rejected and is a draft again.</source>
        <translation>計画「%1」は却下され、再び下書きになりました。</translation>
    </message>
    <message>
        <source>The provisional approval of “%1” is confirmed.</source>
        <translation>「%1」の仮承認を確定しました。</translation>
    </message>
    <message>
        <source>The plan “%1” is scheduled for %2.</source>
        <translation>計画「%1」を %2 に予定しました。</translation>
    </message>
    <message>
        <source>The plan “%1” is in progress: check off each step as it is done.</source>
        <translation>計画「%1」は実施中です。各手順が終わるたびに実施済みにしてください。</translation>
    </message>
    <message>
        <source>Mark “%1” as not done? The time it was checked off is cleared from the work log.</source>
        <translation>「%1」を未実施に戻しますか? 実施済みにした日時は作業記録から消去されます。</translation>
    </message>
    <message>
        <source>Un-check step</source>
        <translation>手順の実施済みの取り消し</translation>
    </message>
    <message>
        <source>“%1” is no longer checked off.</source>
        <translation>「%1」の実施済みを取り消しました。</translation>
    </message>
    <message>
        <source>“%1” is checked off.</source>
        <translation>「%1」を実施済みにしました。</translation>
    </message>
    <message>
        <source>Close the plan “%1” as done? The components get the patches&apos; target versions and the findings the patches fix are resolved.</source>
        <translation>計画「%1」を完了として終了しますか? 構成要素にはパッチの適用後のバージョンが記録され、パッチで修正される検出事項は解決済みになります。</translation>
    </message>
    <message>
        <source>Complete plan</source>
        <translation>計画の完了</translation>
    </message>
    <message>
        <source>The plan “%1” is done.</source>
        <translation>計画「%1」は完了しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n component version(s) recorded.</source>
        <translation>
            <numerusform>構成要素のバージョンを%n件記録しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) resolved.</source>
        <translation>
            <numerusform>検出事項を%n件解決しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record that the plan “%1” was rolled back? The components keep their versions and the findings stay open.</source>
        <translation>計画「%1」をロールバックしたことを記録しますか? 構成要素のバージョンは変わらず、検出事項は未対応のまま残ります。</translation>
    </message>
    <message>
        <source>Roll back plan</source>
        <translation>計画のロールバック</translation>
    </message>
    <message>
        <source>The plan “%1” is recorded as rolled back.</source>
        <translation>計画「%1」をロールバック済みとして記録しました。</translation>
    </message>
    <message>
        <source>Cancel the plan “%1”? A cancelled plan cannot be reopened; it can be deleted.</source>
        <translation>計画「%1」を中止しますか? 中止した計画は再開できませんが、削除はできます。</translation>
    </message>
    <message>
        <source>Cancel plan</source>
        <translation>計画の中止</translation>
    </message>
    <message>
        <source>The plan “%1” is cancelled.</source>
        <translation>計画「%1」を中止しました。</translation>
    </message>
    <message>
        <source>The work in the window begins.</source>
        <translation>ウィンドウ内の作業を開始します。</translation>
    </message>
    <message>
        <source>Close the plan: versions recorded, findings resolved.</source>
        <translation>計画を終了します。バージョンを記録し、検出事項を解決します。</translation>
    </message>
    <message>
        <source>Record that the change was rolled back (a rollback step must be checked off).</source>
        <translation>変更をロールバックしたことを記録します（ロールバック手順が実施済みである必要があります）。</translation>
    </message>
    <message>
        <source>Un-chec&amp;k</source>
        <translation>実施済みを取り消す(&amp;K)</translation>
    </message>
    <message>
        <source>The plan is %1: its steps can no longer be changed.</source>
        <translation>計画は%1のため、手順を変更できません。</translation>
    </message>
    <message>
        <source>Changing the steps returns the plan to draft.</source>
        <translation>手順を変更すると、計画は下書きに戻ります。</translation>
    </message>
    <message>
        <source>Check off each step as it is done: the time and your name go in the work log.</source>
        <translation>各手順が終わるたびに実施済みにしてください。日時とあなたの名前が作業記録に残ります。</translation>
    </message>
    <message>
        <source>Print or e&amp;xport…</source>
        <translation>印刷またはエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Print the plan or export it as a PDF: cover, scope, steps with checkboxes, rollback and the timeline (Ctrl+P).</source>
        <translation>計画を印刷するか、PDF としてエクスポートします: 表紙、対象範囲、チェックボックス付きの手順、ロールバック、タイムライン (Ctrl+P)。</translation>
    </message>
    <message>
        <source>plans</source>
        <comment>file name of an exported list</comment>
        <translation>plans</translation>
    </message>
    <message>
        <source>Plan %1: %2</source>
        <translation>計画 %1: %2</translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <translation>計画を PDF にエクスポート</translation>
    </message>
    <message>
        <source>The plans&apos; progress could not be read. %1</source>
        <translation>計画の進捗を読み込めませんでした。%1</translation>
    </message>
</context>
<context>
    <name>pp::ProductMappingDialog</name>
    <message>
        <source>Product mapping</source>
        <translation>製品の対応付け</translation>
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
        <source>Components</source>
        <translation>構成要素数</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>照合方法</translation>
    </message>
    <message>
        <source>endoflife.date product</source>
        <translation>endoflife.date製品名</translation>
    </message>
    <message>
        <source>Cycles found</source>
        <translation>サイクル該当</translation>
    </message>
    <message>
        <source>Confirm &amp;automatic matches</source>
        <translation>自動照合の結果を確定(&amp;A)</translation>
    </message>
    <message>
        <source>Not tracked (confirmed)</source>
        <translation>対象外（確定済み）</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>未照合</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2件中%1件</translation>
    </message>
    <message>
        <source>— not tracked —</source>
        <translation>— 対象外 —</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor and product pair(s) in the inventory; %1 matched to an endoflife.date product. Choose or confirm the product for each; the choice applies to every component of that vendor and product.</source>
        <translation>
            <numerusform>インベントリにはベンダーと製品の組み合わせが%n件あり、そのうち%1件がendoflife.dateの製品に照合されています。それぞれの製品を選択または確定してください。選択内容は、そのベンダーと製品のすべての構成要素に適用されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → confirm on Save</source>
        <translation>%1 → 保存時に確定</translation>
    </message>
    <message>
        <source>The choice for %1 %2 was not saved: %3</source>
        <translation>%1 %2 の選択を保存できませんでした: %3</translation>
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
    <name>pp::RoadmapChartView</name>
    <message>
        <source>EOSL unknown</source>
        <translation>EOSL不明</translation>
    </message>
    <message>
        <source>ended, date unknown</source>
        <translation>終了済み（日付不明）</translation>
    </message>
    <message>
        <source>past EOSL, contract</source>
        <translation>EOSL超過・契約あり</translation>
    </message>
    <message>
        <source>past EOSL</source>
        <translation>EOSL超過</translation>
    </message>
    <message>
        <source>◀ EOSL %1</source>
        <translation>◀ EOSL %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>pp::RoadmapPage</name>
    <message>
        <source>Active support</source>
        <translation>アクティブサポート</translation>
    </message>
    <message>
        <source>Security fixes only</source>
        <translation>セキュリティ修正のみ</translation>
    </message>
    <message>
        <source>Extended support</source>
        <translation>延長サポート</translation>
    </message>
    <message>
        <source>Unknown (hatched)</source>
        <translation>不明（斜線）</translation>
    </message>
    <message>
        <source>Horizons after today</source>
        <translation>今日以降の期間区分</translation>
    </message>
    <message>
        <source>Today / EOSL tick in the status colour</source>
        <translation>今日 / EOSLの目盛り（状態の色）</translation>
    </message>
    <message>
        <source>needed, none taken</source>
        <translation>要決定（未決定）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; on %3&lt;br&gt;Released: %4&lt;br&gt;Active support until: %5&lt;br&gt;EOSL: %6&lt;br&gt;Extended support until: %7%8&lt;br&gt;Status: %9&lt;br&gt;Decision: %10</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;（%3）&lt;br&gt;リリース日: %4&lt;br&gt;アクティブサポート終了日: %5&lt;br&gt;EOSL: %6&lt;br&gt;延長サポート終了日: %7%8&lt;br&gt;状態: %9&lt;br&gt;方針: %10</translation>
    </message>
    <message>
        <source> (contract)</source>
        <translation> (契約)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Product cycle</source>
        <translation>製品サイクル</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>方針未決定</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>フィルター…</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>ズームをリセット</translation>
    </message>
    <message>
        <source>Open component</source>
        <translation>構成要素を開く</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>グループ化(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>すべてのシステム</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>すべての担当チーム</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>構成要素%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 on %2</source>
        <translation>&lt;br&gt;%1（%2）</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>開始日(&amp;M):</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>終了日(&amp;O):</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>PDF をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>The chart and the table as shown, with counts per status, as a PDF</source>
        <translation>表示中のチャートと表を、状態別の件数とともに PDF として出力します</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>印刷プレビュー(&amp;W)…</translation>
    </message>
    <message>
        <source>Export roadmap as PDF</source>
        <translation>ロードマップを PDF にエクスポート</translation>
    </message>
    <message>
        <source>eosl-roadmap-%1.pdf</source>
        <translation>eosl-roadmap-%1.pdf</translation>
    </message>
    <message>
        <source>Print roadmap</source>
        <translation>ロードマップの印刷</translation>
    </message>
    <message>
        <source>eosl-roadmap</source>
        <comment>file name of an exported list</comment>
        <translation>eosl-roadmap</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>pp::SbomImport</name>
    <message>
        <source>This is not valid JSON: %1 (a CycloneDX SBOM in JSON form is expected).</source>
        <translation>有効なJSONではありません: %1（JSON形式のCycloneDX SBOMが必要です）。</translation>
    </message>
    <message>
        <source>The file is not a JSON object; a CycloneDX SBOM is one object with &quot;bomFormat&quot;: &quot;CycloneDX&quot;.</source>
        <translation>ファイルがJSONオブジェクトではありません。CycloneDX SBOMは &quot;bomFormat&quot;: &quot;CycloneDX&quot; を持つ1つのオブジェクトです。</translation>
    </message>
    <message>
        <source>bomFormat is &quot;%1&quot;; expected &quot;CycloneDX&quot; (only CycloneDX JSON SBOMs are read).</source>
        <translation>bomFormat が「%1」です。&quot;CycloneDX&quot; が必要です（読み込めるのはCycloneDX JSON SBOMのみです）。</translation>
    </message>
    <message>
        <source>specVersion is &quot;%1&quot;; expected 1.2 to 1.6.</source>
        <translation>specVersion が「%1」です。1.2～1.6 が必要です。</translation>
    </message>
    <message>
        <source>&quot;components&quot; must be a list.</source>
        <translation>&quot;components&quot; はリストである必要があります。</translation>
    </message>
    <message>
        <source>The SBOM lists more than %1 components; split it.</source>
        <translation>SBOMに%1件を超える構成要素があります。ファイルを分割してください。</translation>
    </message>
    <message>
        <source>A component must be a JSON object.</source>
        <translation>構成要素はJSONオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>Component %1: bom-ref &quot;%2&quot; is already used by the component on line %3; each bom-ref must be unique.</source>
        <translation>構成要素 %1: bom-ref「%2」は%3行目の構成要素で既に使用されています。bom-refは一意である必要があります。</translation>
    </message>
    <message>
        <source>Component %1 is of type &quot;%2&quot;, not software that runs: skipped.</source>
        <translation>構成要素 %1 のタイプは「%2」で、実行されるソフトウェアではないため、スキップしました。</translation>
    </message>
    <message>
        <source>The component %1 has no name; CycloneDX requires one.</source>
        <translation>構成要素 %1 に名前がありません。CycloneDXでは名前が必須です。</translation>
    </message>
    <message>
        <source>Component %1 has no type; expected e.g. library, application, operating-system.</source>
        <translation>構成要素 %1 にタイプがありません。library、application、operating-system などを指定してください。</translation>
    </message>
    <message>
        <source>Component %1 is of type &quot;%2&quot;, which is not tracked as inventory: skipped.</source>
        <translation>構成要素 %1 のタイプ「%2」はインベントリの管理対象外のため、スキップしました。</translation>
    </message>
    <message>
        <source>Component %1: the CPE name &quot;%2&quot; is malformed: %3 Expected a CPE 2.3 name (cpe:2.3:a:vendor:product:version:...) or a 2.2 URI (cpe:/a:...).</source>
        <translation>構成要素 %1: CPE名「%2」の形式が不正です: %3 CPE 2.3名（cpe:2.3:a:vendor:product:version:...）または2.2 URI（cpe:/a:...）が必要です。</translation>
    </message>
    <message>
        <source>Component %1: %2</source>
        <translation>構成要素 %1: %2</translation>
    </message>
</context>
<context>
    <name>pp::SbomImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Import CycloneDX SBOM</source>
        <translation>CycloneDX SBOMのインポート</translation>
    </message>
    <message>
        <source>Choose a CycloneDX JSON file</source>
        <translation>CycloneDX JSONファイルを選択してください</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
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
        <source>CPE / purl</source>
        <translation>CPE / purl</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Choose a CycloneDX SBOM (JSON) and the system it describes.</source>
        <translation>CycloneDX SBOM（JSON）と、その対象システムを選択してください。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>システム(&amp;S):</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>構成要素:</translation>
    </message>
    <message>
        <source>Issues:</source>
        <translation>問題:</translation>
    </message>
    <message>
        <source>Choose a CycloneDX SBOM</source>
        <translation>CycloneDX SBOMの選択</translation>
    </message>
    <message>
        <source>CycloneDX JSON (*.json *.cdx.json);;All files (*)</source>
        <translation>CycloneDX JSON (*.json *.cdx.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The file has errors (listed above): nothing can be imported until they are corrected.</source>
        <translation>ファイルにエラーがあります（上記を参照）。エラーを修正するまでインポートできません。</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) read (CycloneDX %1). Import adds or updates them in the chosen system and matches them against the stored vulnerabilities.</source>
        <translation>
            <numerusform>構成要素を%n件読み込みました（CycloneDX %1）。インポートすると、選択したシステムに構成要素を追加または更新し、保存済みの脆弱性と照合します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The system was not found; it may have been deleted.</source>
        <translation>システムが見つかりません。削除された可能性があります。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>何もインポートしませんでした。%1</translation>
    </message>
    <message>
        <source>Imported into %1: %2 component(s) created, %3 updated, %4 unchanged, %5 skipped; %6 new finding(s).</source>
        <translation>%1 にインポートしました: 構成要素 新規%2件、更新%3件、変更なし%4件、スキップ%5件。新規の検出事項%6件。</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>%1 にインポートしています…</translation>
    </message>
</context>
<context>
    <name>pp::StepDialog</name>
    <message>
        <source>Add step</source>
        <translation>手順の追加</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>手順の編集</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>フェーズ(&amp;P):</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>タイトル(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>詳細(&amp;D):</translation>
    </message>
    <message>
        <source>O&amp;wner role:</source>
        <translation>担当ロール(&amp;W):</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>所要時間(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation>影響(&amp;E):</translation>
    </message>
    <message>
        <source>P&amp;aired with:</source>
        <translation>対になる手順(&amp;A):</translation>
    </message>
    <message>
        <source>Depends o&amp;n:</source>
        <translation>依存先(&amp;N):</translation>
    </message>
    <message>
        <source>Title: say what is done in this step.</source>
        <translation>タイトル: この手順で何を行うかを記入してください。</translation>
    </message>
    <message>
        <source>Paired with: only a step that suppresses monitoring or opens access names the step that restores it.</source>
        <translation>対になる手順: 監視を抑止する手順またはアクセスを開放する手順でのみ、それを元に戻す手順を指定します。</translation>
    </message>
</context>
<context>
    <name>pp::StepDoneDialog</name>
    <message>
        <source>Check off step</source>
        <translation>手順を実施済みにする</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Done &amp;at (%1):</source>
        <translation>実施日時（%1）(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備考(&amp;N):</translation>
    </message>
    <message>
        <source>Check off</source>
        <translation>実施済みにする</translation>
    </message>
</context>
<context>
    <name>pp::StepTableModel</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>開始予定</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>終了予定</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation>対になる手順</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>依存先</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>実施日時</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>pp::StepTemplatesDialog</name>
    <message>
        <source>&amp;Add step</source>
        <translation>手順を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>手順を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>既定値に戻す(&amp;D)</translation>
    </message>
    <message>
        <source>Step templates</source>
        <translation>手順テンプレート</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Title (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>所要時間（分）</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Restored by (key)</source>
        <translation>復旧する手順（キー）</translation>
    </message>
    <message>
        <source>Component kinds</source>
        <translation>構成要素の種別</translation>
    </message>
    <message>
        <source>On site only</source>
        <translation>現地作業のみ</translation>
    </message>
    <message>
        <source>Component kinds: keys such as os, middleware, database, runtime, application, network, firmware, cloud, separated by commas; empty means every kind.</source>
        <translation>構成要素の種別: os、middleware、database、runtime、application、network、firmware、cloud などのキーをカンマ区切りで指定します。空欄はすべての種別です。</translation>
    </message>
    <message>
        <source>Detail (&amp;English):</source>
        <translation>詳細・英語(&amp;E):</translation>
    </message>
    <message>
        <source>Detail (&amp;Japanese):</source>
        <translation>詳細・日本語(&amp;J):</translation>
    </message>
    <message>
        <source>The steps every new plan starts with, by phase; apply steps for the component kinds in the plan. A step that suppresses monitoring or opens access names the step that restores it.</source>
        <translation>新しい計画に最初から入る手順をフェーズごとに定義します。適用の手順は計画に含まれる構成要素の種別ごとに入ります。監視を止める手順やアクセスを開く手順には、元に戻す手順を指定します。</translation>
    </message>
    <message>
        <source>Step %1 (%2): the component kinds must be keys such as os, database or network.</source>
        <translation>手順 %1（%2）: 構成要素の種別は os、database、network などのキーで指定してください。</translation>
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
        <source>&amp;Recovery policy:</source>
        <translation>復旧方針(&amp;R):</translation>
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
    <message>
        <source>Environ&amp;ment:</source>
        <translation>環境(&amp;M):</translation>
    </message>
    <message>
        <source>Escalation c&amp;ontacts:</source>
        <translation>エスカレーション先(&amp;O):</translation>
    </message>
    <message>
        <source>Tr&amp;ace check:</source>
        <translation>痕跡確認(&amp;A):</translation>
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
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <source>Discard your changes and show the stored values</source>
        <translation>編集内容を破棄し、保存されている値を表示します</translation>
    </message>
    <message>
        <source>Apply will show both versions and let you choose</source>
        <translation>[適用] を押すと両方の値が表示され、どちらを残すか選択できます</translation>
    </message>
    <message>
        <source>%1 changed this system at %2; you see the new values.</source>
        <translation>%1 が %2 にこのシステムを変更しました。新しい値を表示しています。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>他のユーザー</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>自分の変更を破棄</translation>
    </message>
    <message>
        <source>This system was deleted by %1 at %2: discard your changes, or keep editing and add it again with Apply.</source>
        <translation>このシステムは %2 に %1 によって削除されました。編集内容を破棄するか、編集を続けて [適用] で再度追加してください。</translation>
    </message>
    <message>
        <source>This system was changed by %1 at %2: reload, or keep editing.</source>
        <translation>このシステムは %2 に %1 によって変更されました。再読み込みするか、編集を続けてください。</translation>
    </message>
    <message>
        <source>systems</source>
        <comment>file name of an exported list</comment>
        <translation>systems</translation>
    </message>
</context>
<context>
    <name>pp::TriageDialog</name>
    <message>
        <source>Triage findings</source>
        <translation>検出事項のトリアージ</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) selected: each gets the decision below (one undo step).</source>
        <translation>
            <numerusform>%n件の検出事項を選択中: それぞれに以下の判断を設定します（1回の操作で元に戻せます）。</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Why: what was checked, which control protects, ticket…</source>
        <translation>理由: 確認した内容、保護している対策、チケットなど…</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>根拠(&amp;J):</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>詳細(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Review on:</source>
        <translation>再確認日(&amp;R):</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Hidden from the default view until the review date; then it shows again.</source>
        <translation>再確認日までは既定の表示から隠れ、再確認日以降は再び表示されます。</translation>
    </message>
    <message>
        <source>A justification and a review date apply only to “not affected” and “false positive”.</source>
        <translation>根拠と再確認日は「影響なし」と「誤検知」にのみ適用されます。</translation>
    </message>
</context>
<context>
    <name>pp::VendorPatchDialog</name>
    <message>
        <source>Re&amp;leased on</source>
        <translation>リリース日(&amp;L)</translation>
    </message>
    <message>
        <source>Needs a re&amp;boot</source>
        <translation>再起動が必要(&amp;B)</translation>
    </message>
    <message>
        <source>Can be rolled bac&amp;k</source>
        <translation>ロールバック可能(&amp;K)</translation>
    </message>
    <message>
        <source>New vendor patch</source>
        <translation>新規ベンダーパッチ</translation>
    </message>
    <message>
        <source>Edit vendor patch</source>
        <translation>ベンダーパッチの編集</translation>
    </message>
    <message>
        <source>e.g. MS24-001, RHSA-2024:1234</source>
        <translation>例: MS24-001、RHSA-2024:1234</translation>
    </message>
    <message>
        <source>e.g. KB5034441</source>
        <translation>例: KB5034441</translation>
    </message>
    <message>
        <source>Required: what the patch is</source>
        <translation>必須: パッチの内容</translation>
    </message>
    <message>
        <source>The product it patches; lists its open findings below</source>
        <translation>パッチの対象製品（下に未対応の検出事項が表示されます）</translation>
    </message>
    <message>
        <source>The version after applying it, e.g. 2.4.62</source>
        <translation>適用後のバージョン（例: 2.4.62）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>How long applying it takes, including the reboot (1 to 1440 minutes)</source>
        <translation>適用にかかる時間（再起動を含む。1～1440分）</translation>
    </message>
    <message>
        <source>&amp;Advisory:</source>
        <translation>アドバイザリ(&amp;A):</translation>
    </message>
    <message>
        <source>KB n&amp;umber:</source>
        <translation>KB番号(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>ベンダー(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>製品(&amp;P):</translation>
    </message>
    <message>
        <source>Tar&amp;get version:</source>
        <translation>目標バージョン(&amp;G):</translation>
    </message>
    <message>
        <source>Release date:</source>
        <translation>リリース日:</translation>
    </message>
    <message>
        <source>E&amp;xpected duration:</source>
        <translation>想定所要時間(&amp;X):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Resolves these open findings:</source>
        <translation>解決する未対応の検出事項(&amp;R):</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>%1 — %2 %3 on %4</source>
        <translation>%1 — %4 の %2 %3</translation>
    </message>
    <message>
        <source>Enter the product to list its open findings.</source>
        <translation>製品を入力すると、その未対応の検出事項が表示されます。</translation>
    </message>
    <message>
        <source>No open findings of %1.</source>
        <translation>%1 の未対応の検出事項はありません。</translation>
    </message>
    <message>
        <source>Tick the findings that applying this patch fixes.</source>
        <translation>このパッチの適用で修正される検出事項にチェックを付けてください。</translation>
    </message>
    <message>
        <source>Title: enter what the patch is (required).</source>
        <translation>タイトル: パッチの内容を入力してください（必須）。</translation>
    </message>
    <message>
        <source>Target version: “%1” is not a version; expected a version such as 2.4.62 or 10.0.19045.3930 (not * or -), or nothing.</source>
        <translation>目標バージョン: 「%1」はバージョンではありません。2.4.62 や 10.0.19045.3930 のようなバージョン（* や - は不可）を入力するか、空欄にしてください。</translation>
    </message>
</context>
<context>
    <name>pp::VulnFeedReader</name>
    <message>
        <source>The %1 is longer than %2 characters; a JVN value is far shorter.</source>
        <translation>%1 が%2文字を超えています。JVNの値ははるかに短いはずです。</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters and was cut there.</source>
        <translation>%1 が%2文字を超えているため、そこで切り捨てました。</translation>
    </message>
    <message>
        <source>The CPE name &quot;%1&quot; is malformed: %2 Expected a CPE 2.2 URI such as cpe:/a:vendor:product.</source>
        <translation>CPE名「%1」の形式が不正です: %2 cpe:/a:vendor:product のようなCPE 2.2 URIが必要です。</translation>
    </message>
    <message>
        <source>The CVSS score &quot;%1&quot; is not a number from 0 to 10.</source>
        <translation>CVSSスコア「%1」は0～10の数値ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; expected e.g. 2025-04-11T23:52+09:00.</source>
        <translation>「%1」は日時ではありません。2025-04-11T23:52+09:00 のような形式で指定してください。</translation>
    </message>
    <message>
        <source>The entry has no JVNDB identifier (expected e.g. JVNDB-2024-000123).</source>
        <translation>エントリにJVNDB識別子がありません（例: JVNDB-2024-000123）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JVNDB identifier; expected JVNDB-YYYY-NNNNNN.</source>
        <translation>「%1」はJVNDB識別子ではありません。JVNDB-YYYY-NNNNNN 形式で指定してください。</translation>
    </message>
    <message>
        <source>Affected products:</source>
        <translation>影響を受ける製品:</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>The XML nests deeper than %1 elements; a JVN file does not.</source>
        <translation>XMLの入れ子が%1要素を超えています。JVNファイルはこれほど深くなりません。</translation>
    </message>
    <message>
        <source>Not a JVN file: the root element is &lt;%1&gt; (namespace &quot;%2&quot;); expected rdf:RDF (JVNRSS) or VULDEF-Document (VULDEF).</source>
        <translation>JVNファイルではありません: ルート要素が &lt;%1&gt;（名前空間「%2」）です。rdf:RDF（JVNRSS）または VULDEF-Document（VULDEF）が必要です。</translation>
    </message>
    <message>
        <source>Not a JVN file: this is JSON. Expected the XML form of the MyJVN API (ver 3.2 &quot;HND&quot;: JVNRSS or VULDEF); the ver 4.0 &quot;OKA&quot; JSON is not read.</source>
        <translation>JVNファイルではありません: JSONです。MyJVN APIのXML形式（ver 3.2 &quot;HND&quot;: JVNRSS または VULDEF）が必要です。ver 4.0 &quot;OKA&quot; のJSONは読み込めません。</translation>
    </message>
    <message>
        <source>Not a JVN file: it does not start with XML markup (a CSV or text file?). Expected a JVNRSS or VULDEF XML document (MyJVN API ver 3.2 &quot;HND&quot;).</source>
        <translation>JVNファイルではありません: XMLマークアップで始まっていません（CSVまたはテキストファイルではありませんか?）。JVNRSS または VULDEF のXML文書（MyJVN API ver 3.2 &quot;HND&quot;）が必要です。</translation>
    </message>
    <message>
        <source>The file is empty; expected a JVNRSS or VULDEF XML document.</source>
        <translation>ファイルが空です。JVNRSS または VULDEF のXML文書が必要です。</translation>
    </message>
    <message>
        <source>The XML ends too early (the file is truncated?): %1.</source>
        <translation>XMLが途中で終わっています（ファイルが切れていませんか?）: %1。</translation>
    </message>
    <message>
        <source>The XML is not well-formed: %1.</source>
        <translation>XMLが整形式ではありません: %1。</translation>
    </message>
    <message>
        <source>Not a JVN file: no XML element found.</source>
        <translation>JVNファイルではありません: XML要素が見つかりません。</translation>
    </message>
</context>
<context>
    <name>pp::VulnTableModel</name>
    <message>
        <source>In CISA&apos;s Known Exploited Vulnerabilities catalog; due %1</source>
        <translation>CISAの悪用が確認された脆弱性（KEV）カタログに掲載。対応期限 %1</translation>
    </message>
    <message>
        <source>In CISA&apos;s Known Exploited Vulnerabilities catalog</source>
        <translation>CISAの悪用が確認された脆弱性（KEV）カタログに掲載</translation>
    </message>
    <message>
        <source>Also known as %1</source>
        <translation>別名: %1</translation>
    </message>
    <message>
        <source>KEV, ransomware</source>
        <translation>KEV、ランサムウェア</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>識別子</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>深刻度</translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation>CVSS</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>システム数</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>未対応の検出事項</translation>
    </message>
    <message>
        <source>Earliest due</source>
        <translation>最も早い対応期限</translation>
    </message>
</context>
<context>
    <name>pp::VulnerabilitiesPage</name>
    <message>
        <source>Triage…</source>
        <translation>トリアージ…</translation>
    </message>
    <message>
        <source>&amp;By vulnerability</source>
        <translation>脆弱性別(&amp;B)</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>検出事項(&amp;N)</translation>
    </message>
    <message>
        <source>Identifier, alias or title…</source>
        <translation>識別子、別名、タイトル…</translation>
    </message>
    <message>
        <source>Affecting &amp;my systems only</source>
        <translation>自システムに影響するもののみ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;KEV only</source>
        <translation>KEVのみ(&amp;K)</translation>
    </message>
    <message>
        <source>Only vulnerabilities in CISA&apos;s Known Exploited Vulnerabilities catalog</source>
        <translation>CISAのKEVカタログに掲載された脆弱性のみ</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>検索(&amp;A):</translation>
    </message>
    <message>
        <source>Minimum &amp;severity:</source>
        <translation>深刻度の下限(&amp;S):</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation>CVSS</translation>
    </message>
    <message>
        <source>KEV, ransomware</source>
        <translation>KEV、ランサムウェア</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>システム数</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>未対応の検出事項</translation>
    </message>
    <message>
        <source>Earliest due</source>
        <translation>最も早い対応期限</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Default view</source>
        <translation>既定の表示</translation>
    </message>
    <message>
        <source>Every state except resolved; not affected and false positive only once their review date has come</source>
        <translation>解決済み以外のすべての状態（影響なしと誤検知は再確認日が来たもののみ）</translation>
    </message>
    <message>
        <source>All, including suppressed</source>
        <translation>すべて（非表示のものを含む）</translation>
    </message>
    <message>
        <source>Emer&amp;gency</source>
        <translation>緊急(&amp;G)</translation>
    </message>
    <message>
        <source>Over&amp;due</source>
        <translation>期限超過(&amp;D)</translation>
    </message>
    <message>
        <source>KEV on&amp;ly</source>
        <translation>KEVのみ(&amp;L)</translation>
    </message>
    <message>
        <source>Vulnerability, system, product…</source>
        <translation>脆弱性、システム、製品…</translation>
    </message>
    <message>
        <source>Tr&amp;iage…</source>
        <translation>トリアージ(&amp;I)…</translation>
    </message>
    <message>
        <source>Set the state of the selected findings (Ctrl+T)</source>
        <translation>選択した検出事項の状態を設定します (Ctrl+T)</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>システム(&amp;Y):</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>表示(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>含む文字列(&amp;C):</translation>
    </message>
    <message>
        <source>Middleware</source>
        <translation>ミドルウェア</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>誤検知</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（期限超過）</translation>
    </message>
    <message>
        <source>name (lower confidence)</source>
        <translation>名前（信頼度低）</translation>
    </message>
    <message>
        <source>No vulnerabilities imported yet: File &gt; Import &gt; vulnerability feed (NVD, CISA KEV or JVN) brings them in and matches them to your components.</source>
        <translation>脆弱性はまだインポートされていません。[ファイル] &gt; [インポート] &gt; 脆弱性フィード（NVD、CISA KEV、JVN）でインポートすると、構成要素と照合されます。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>No vulnerability matches these filters.</source>
        <translation>フィルターに一致する脆弱性はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n vulnerability(ies)</source>
        <translation>
            <numerusform>脆弱性 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1 shown: narrow the filter</source>
        <translation>先頭の%1件を表示しています。フィルターで絞り込んでください</translation>
    </message>
    <message>
        <source>No finding contains “%1”.</source>
        <translation>「%1」を含む検出事項はありません。</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No finding matches these filters.</source>
        <translation>フィルターに一致する検出事項はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>検出事項 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>The system is no longer stored: showing every system.</source>
        <translation>システムが存在しなくなったため、すべてのシステムを表示しています。</translation>
    </message>
    <message>
        <source>Select one or more findings to triage first.</source>
        <translation>先にトリアージする検出事項を1件以上選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) set to “%1”.</source>
        <translation>
            <numerusform>%n件の検出事項を「%1」に設定しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not opened: “%1” is not a web link (http or https).</source>
        <translation>開きませんでした: 「%1」はWebリンク（http または https）ではありません。</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>%1 をブラウザーで開けませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n imported vulnerabilities affects a component of your systems. Untick “Affecting my systems only” to see them all.</source>
        <translation>
            <numerusform>インポートした %n 件の脆弱性はいずれも自システムの構成要素に影響しません。すべて表示するには「自システムに影響するもののみ」のチェックを外してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No open findings%1. Resolved, not affected and false positive findings are hidden: choose “All, including suppressed” to see them.</source>
        <translation>未対応の検出事項はありません%1。解決済み・影響なし・誤検知の検出事項は非表示です。表示するには「すべて（非表示のものを含む）」を選んでください。</translation>
    </message>
    <message>
        <source>Request risk acceptance…</source>
        <translation>リスク受容を申請…</translation>
    </message>
    <message>
        <source>Request risk &amp;acceptance…</source>
        <translation>リスク受容を申請(&amp;A)…</translation>
    </message>
    <message>
        <source>Ask for the risk of the selected finding to be accepted until an expiry date; someone else approves it</source>
        <translation>選択した検出事項について、期限付きでリスク受容を申請します。承認は別の人が行います</translation>
    </message>
    <message>
        <source>Select one finding to request the acceptance of its risk.</source>
        <translation>リスク受容を申請する検出事項を1件選択してください。</translation>
    </message>
    <message>
        <source>The risk acceptance was requested. It applies once someone other than %1 approves it on the Frozen systems page.</source>
        <translation>リスク受容を申請しました。%1 以外の人が [塩漬けシステム] ページで承認すると適用されます。</translation>
    </message>
    <message>
        <source>vulnerabilities</source>
        <comment>file name of an exported list</comment>
        <translation>vulnerabilities</translation>
    </message>
    <message>
        <source>findings</source>
        <comment>file name of an exported list</comment>
        <translation>findings</translation>
    </message>
    <message>
        <source>Loading the vulnerabilities…</source>
        <translation>脆弱性を読み込んでいます…</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Loading the findings…</source>
        <translation>検出結果を読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 of the first %2: narrow the filters</source>
        <translation>期限順の先頭 %2 件中 %1 件</translation>
    </message>
    <message>
        <source>first %1 by due date shown: narrow the filters</source>
        <translation>期限順に先頭 %1 件のみ表示</translation>
    </message>
</context>
<context>
    <name>pp::VulnerabilityDetail</name>
    <message>
        <source>from %1</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 より後</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>%1 以下</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1 未満</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a link in the browser</source>
        <translation>ダブルクリックまたはEnterキーでリンクをブラウザーで開きます</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>CVSS</source>
        <translation>CVSS</translation>
    </message>
    <message>
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考情報</translation>
    </message>
    <message>
        <source>Select a vulnerability to see its description, scores and findings.</source>
        <translation>脆弱性を選択すると、説明、スコア、検出事項が表示されます。</translation>
    </message>
    <message>
        <source>This vulnerability is no longer stored.</source>
        <translation>この脆弱性は存在しなくなりました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, CVSS %2 %3</source>
        <translation>%1、CVSS %2 %3</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>深刻度: %1</translation>
    </message>
    <message>
        <source>JVN severity: %1</source>
        <translation>JVNの深刻度: %1</translation>
    </message>
    <message>
        <source>KEV: known exploited, used by ransomware</source>
        <translation>KEV: 悪用が確認済み、ランサムウェアで使用</translation>
    </message>
    <message>
        <source>KEV: known exploited</source>
        <translation>KEV: 悪用が確認済み</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>公開日 %1</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>更新日 %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>ステータス %1</translation>
    </message>
    <message>
        <source>Aliases: %1</source>
        <translation>別名: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>情報源: %1</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（説明なし）</translation>
    </message>
    <message>
        <source>CVSS %1  %2  %3  %4  (%5%6)</source>
        <translation>CVSS %1  %2  %3  %4  (%5%6)</translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>、プライマリ</translation>
    </message>
    <message>
        <source>No CVSS metrics in the feeds.</source>
        <translation>フィードにCVSSメトリクスがありません。</translation>
    </message>
    <message>
        <source>Added to the catalog: %1</source>
        <translation>カタログへの追加日: %1</translation>
    </message>
    <message>
        <source>Due date (US federal agencies): %1</source>
        <translation>対応期限（米国連邦政府機関向け）: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Known ransomware campaign use: %1</source>
        <translation>ランサムウェアキャンペーンでの使用: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Vendor and product: %1 %2</source>
        <translation>ベンダーと製品: %1 %2</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Required action: %1</source>
        <translation>必要な対応: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>備考: %1</translation>
    </message>
    <message>
        <source>Not in CISA&apos;s Known Exploited Vulnerabilities catalog.</source>
        <translation>CISAのKEVカタログには掲載されていません。</translation>
    </message>
    <message>
        <source>No configurations (affected products) stored.</source>
        <translation>構成（影響を受ける製品）は保存されていません。</translation>
    </message>
    <message>
        <source>  [%1]</source>
        <translation>  [%1]</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（出典: %2）</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>検出事項 (%1)</translation>
    </message>
    <message>
        <source>References (%1)</source>
        <translation>参考情報 (%1)</translation>
    </message>
    <message>
        <source>Configuration %1%2%3</source>
        <translation>構成 %1%2%3</translation>
    </message>
    <message>
        <source> (all nodes: AND)</source>
        <translation> (すべてのノード: AND)</translation>
    </message>
    <message>
        <source> (any node: OR)</source>
        <translation> (いずれかのノード: OR)</translation>
    </message>
    <message>
        <source>, negated</source>
        <translation>、否定</translation>
    </message>
    <message>
        <source>  %1%2</source>
        <translation>  %1%2</translation>
    </message>
    <message>
        <source>all of (AND)</source>
        <translation>すべて (AND)</translation>
    </message>
    <message>
        <source>any of (OR)</source>
        <translation>いずれか (OR)</translation>
    </message>
    <message>
        <source>  (platform, not vulnerable itself)</source>
        <translation>  (プラットフォーム。それ自体は脆弱ではない)</translation>
    </message>
</context>
<context>
    <name>pp::WindowDialog</name>
    <message>
        <source>A s&amp;ystem:</source>
        <translation>システム(&amp;Y):</translation>
    </message>
    <message>
        <source>A &amp;group of systems:</source>
        <translation>システムのグループ(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;The</source>
        <translation>曜日で指定(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日付で指定(&amp;D)</translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation>メンテナンスウィンドウの新規作成</translation>
    </message>
    <message>
        <source>Edit maintenance window</source>
        <translation>メンテナンスウィンドウの編集</translation>
    </message>
    <message>
        <source>Required, e.g. Monthly 2nd Sunday 01:00–05:00</source>
        <translation>必須。例: 毎月第2日曜日 01:00–05:00</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Systems whose patch window schedule has this name follow the window</source>
        <translation>パッチ適用枠にこの名前が設定されているシステムが、このウィンドウに従います</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第1</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第2</translation>
    </message>
    <message>
        <source>third</source>
        <translation>第3</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>第4</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>Months without this day (e.g. the 31st) are skipped</source>
        <translation>この日がない月（例: 31日）はスキップされます</translation>
    </message>
    <message>
        <source>of the month</source>
        <translation>日</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>No occurrence before this day</source>
        <translation>この日より前には実施されません</translation>
    </message>
    <message>
        <source>The iCalendar RRULE (RFC 5545) the choices above make; a rule typed here that they cannot show is kept as typed</source>
        <translation>上の選択肢から作成される iCalendar の RRULE（RFC 5545）です。選択肢では表現できないルールをここに入力した場合は、入力どおりに保持されます</translation>
    </message>
    <message>
        <source>This rule cannot be shown by the choices above: edit it here.</source>
        <translation>このルールは上の選択肢では表現できません。ここで編集してください。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>適用対象:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>繰り返し(&amp;R):</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>実施日:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>対象月:</translation>
    </message>
    <message>
        <source>Start ti&amp;me:</source>
        <translation>開始時刻(&amp;M):</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>所要時間(&amp;U):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>Ad&amp;vanced (RRULE):</source>
        <translation>詳細設定（RRULE）(&amp;V):</translation>
    </message>
    <message>
        <source>Next occurrences (in the window&apos;s time zone):</source>
        <translation>次回以降の実施日時（ウィンドウのタイムゾーン）:</translation>
    </message>
    <message>
        <source>Applies to: choose a system (there is none yet: add systems first, or choose a group).</source>
        <translation>適用対象: システムを選択してください（システムがまだありません。先にシステムを追加するか、グループを選択してください）。</translation>
    </message>
    <message>
        <source>Applies to: enter the group&apos;s name (the patch window schedule its systems follow).</source>
        <translation>適用対象: グループ名（そのシステムが従うパッチ適用枠）を入力してください。</translation>
    </message>
    <message>
        <source>On: tick at least one day of the week.</source>
        <translation>実施日: 曜日を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>In: tick at least one month.</source>
        <translation>対象月: 月を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Time zone: “%1” is not a known time zone; choose one such as Asia/Tokyo.</source>
        <translation>タイムゾーン: 「%1」は既知のタイムゾーンではありません。Asia/Tokyo などを選択してください。</translation>
    </message>
    <message>
        <source>No occurrence in the next five years.</source>
        <translation>今後5年間に実施日時はありません。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>pp::WindowTableModel</name>
    <message>
        <source>System %1</source>
        <translation>システム %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n system(s)</source>
        <translation>
            <numerusform>システム%n件のグループ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n system(s))</source>
        <translation>
            <numerusform>%1（システム%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>None within a year</source>
        <translation>1年以内になし</translation>
    </message>
    <message>
        <source>%1
RRULE: %2</source>
        <translation>%1
RRULE: %2</translation>
    </message>
    <message>
        <source>Systems whose patch window schedule is “%1”</source>
        <translation>パッチ適用枠が「%1」のシステム</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>適用対象</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次回</translation>
    </message>
</context>
<context>
    <name>pp::WindowsPage</name>
    <message>
        <source>Add &amp;window…</source>
        <translation>ウィンドウを追加(&amp;W)…</translation>
    </message>
    <message>
        <source>Ed&amp;it window…</source>
        <translation>ウィンドウを編集(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete window…</source>
        <translation>ウィンドウを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Add &amp;blackout…</source>
        <translation>変更禁止期間を追加(&amp;B)…</translation>
    </message>
    <message>
        <source>Edit b&amp;lackout…</source>
        <translation>変更禁止期間を編集(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete blac&amp;kout…</source>
        <translation>変更禁止期間を削除(&amp;K)…</translation>
    </message>
    <message>
        <source>Show the windows and blackouts of one system: its own window and its group&apos;s</source>
        <translation>1つのシステムのウィンドウと変更禁止期間を表示します（そのシステム自身のウィンドウと、所属グループのウィンドウ）</translation>
    </message>
    <message>
        <source>&amp;Maintenance windows</source>
        <translation>メンテナンスウィンドウ(&amp;M)</translation>
    </message>
    <message>
        <source>Bla&amp;ckouts</source>
        <translation>変更禁止期間(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>システム(&amp;S):</translation>
    </message>
    <message>
        <source>Blue: window · Green: plan · Red shading: blackout · Orange shading: public holiday</source>
        <translation>青: ウィンドウ · 緑: 計画 · 赤の網掛け: 変更禁止期間 · オレンジの網掛け: 祝日</translation>
    </message>
    <message>
        <source>Maintenance windows and blackouts</source>
        <translation>メンテナンスウィンドウと変更禁止期間</translation>
    </message>
    <message>
        <source>The windows and blackouts could not be read. %1</source>
        <translation>ウィンドウと変更禁止期間を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>Public holiday: %1 (%2), treated as a blackout</source>
        <translation>祝日: %1（%2）。変更禁止期間として扱います</translation>
    </message>
    <message>
        <source>Public holiday: %1 (%2)</source>
        <translation>祝日: %1（%2）</translation>
    </message>
    <message>
        <source>Blackout: %1</source>
        <translation>変更禁止期間: %1</translation>
    </message>
    <message>
        <source>Blackout: %1 — %2</source>
        <translation>変更禁止期間: %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Window %1–%2 %3: %4</source>
        <translation>ウィンドウ %1–%2 %3: %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Plan %1–%2: %3 (%4, %5)</source>
        <translation>計画 %1–%2: %3（%4、%5）</translation>
    </message>
    <message>
        <source>Part of the calendar could not be shown. %1</source>
        <translation>カレンダーの一部を表示できませんでした。%1</translation>
    </message>
    <message>
        <source>No window, blackout, holiday or plan on this day.</source>
        <translation>この日にはウィンドウ、変更禁止期間、祝日、計画はありません。</translation>
    </message>
    <message>
        <source>The maintenance window “%1” was added.</source>
        <translation>メンテナンスウィンドウ「%1」を追加しました。</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>[編集] → [元に戻す] で取り消せます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the maintenance window “%1”? %n system(s) follow it.</source>
        <translation>
            <numerusform>メンテナンスウィンドウ「%1」を削除しますか? %n件のシステムがこのウィンドウに従っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the maintenance window “%1”?</source>
        <translation>メンテナンスウィンドウ「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Delete maintenance window</source>
        <translation>メンテナンスウィンドウの削除</translation>
    </message>
    <message>
        <source>The blackout “%1” was added.</source>
        <translation>変更禁止期間「%1」を追加しました。</translation>
    </message>
    <message>
        <source>Delete blackout</source>
        <translation>変更禁止期間の削除</translation>
    </message>
    <message>
        <source>Delete the blackout “%1”?</source>
        <translation>変更禁止期間「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>maintenance-windows</source>
        <comment>file name of an exported list</comment>
        <translation>maintenance-windows</translation>
    </message>
    <message>
        <source>blackouts</source>
        <comment>file name of an exported list</comment>
        <translation>blackouts</translation>
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
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The lifecycle dates were not saved: %1</source>
        <translation>ライフサイクルの日付を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Someone else changed the lifecycle dates meanwhile.</source>
        <translation>その間に他のユーザーがライフサイクルの日付を変更しました。</translation>
    </message>
    <message>
        <source>The lifecycle date was not saved: %1</source>
        <translation>ライフサイクルの日付を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The decision was not saved: %1</source>
        <translation>方針を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Someone else changed the decision meanwhile.</source>
        <translation>その間に他のユーザーが方針を変更しました。</translation>
    </message>
    <message>
        <source>The patch &quot;%1&quot; was deleted by someone else.</source>
        <translation>パッチ「%1」は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>The patch was already deleted by someone else.</source>
        <translation>このパッチは既に他のユーザーによって削除されています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is computed from the open findings and cannot be deleted; resolve or triage its findings instead.</source>
        <translation>「%1」は未対応の検出事項から算出されるため削除できません。代わりに検出事項を解決するか、トリアージしてください。</translation>
    </message>
    <message>
        <source>Add control %1</source>
        <translation>補完的な措置 %1 の追加</translation>
    </message>
    <message>
        <source>The control &quot;%1&quot; was deleted by someone else.</source>
        <translation>補完的な措置「%1」は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>Edit control %1</source>
        <translation>補完的な措置 %1 の編集</translation>
    </message>
    <message>
        <source>Delete control %1</source>
        <translation>補完的な措置 %1 の削除</translation>
    </message>
    <message>
        <source>The control was already deleted by someone else.</source>
        <translation>補完的な措置は既に他のユーザーによって削除されています。</translation>
    </message>
    <message>
        <source>Request risk acceptance</source>
        <translation>リスク受容の申請</translation>
    </message>
    <message>
        <source>The risk acceptance was deleted by someone else.</source>
        <translation>リスク受容は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>Edit risk acceptance</source>
        <translation>リスク受容の編集</translation>
    </message>
    <message>
        <source>Delete risk acceptance request</source>
        <translation>リスク受容の申請の削除</translation>
    </message>
    <message>
        <source>The risk acceptance was already deleted by someone else.</source>
        <translation>リスク受容は既に他のユーザーによって削除されています。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>The %1 was deleted by someone else.</source>
        <translation>%1 は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>Add maintenance window %1</source>
        <translation>メンテナンスウィンドウ %1 の追加</translation>
    </message>
    <message>
        <source>The maintenance window &quot;%1&quot; was deleted by someone else.</source>
        <translation>メンテナンスウィンドウ「%1」は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>Edit maintenance window %1</source>
        <translation>メンテナンスウィンドウ %1 の編集</translation>
    </message>
    <message>
        <source>Delete maintenance window</source>
        <translation>メンテナンスウィンドウの削除</translation>
    </message>
    <message>
        <source>The maintenance window was already deleted by someone else.</source>
        <translation>このメンテナンスウィンドウは既に他のユーザーによって削除されています。</translation>
    </message>
    <message>
        <source>Add blackout %1</source>
        <translation>変更禁止期間 %1 の追加</translation>
    </message>
    <message>
        <source>The blackout &quot;%1&quot; was deleted by someone else.</source>
        <translation>変更禁止期間「%1」は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>Edit blackout %1</source>
        <translation>変更禁止期間 %1 の編集</translation>
    </message>
    <message>
        <source>Delete blackout</source>
        <translation>変更禁止期間の削除</translation>
    </message>
    <message>
        <source>The blackout was already deleted by someone else.</source>
        <translation>この変更禁止期間は既に他のユーザーによって削除されています。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was deleted by someone else.</source>
        <translation>計画「%1」は他のユーザーによって削除されました。</translation>
    </message>
    <message>
        <source>Edit plan %1</source>
        <translation>計画 %1 の編集</translation>
    </message>
    <message>
        <source>The plan was deleted by someone else.</source>
        <translation>この計画は他のユーザーによって削除されました。</translation>
    </message>
</context>
</TS>
