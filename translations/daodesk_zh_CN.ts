<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountBar</name>
    <message>
        <source>Current DAO</source>
        <translation>当前 DAO</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>版主</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 项待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 项被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>发件箱：%1</translation>
    </message>
    <message>
        <source>What waits to be sent, and what the server refused</source>
        <translation>待发送的内容，以及被服务器拒绝的内容</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>立即同步（F5）</translation>
    </message>
</context>
<context>
    <name>BallotEditor</name>
    <message>
        <source>Choose one.</source>
        <translation>请选择一项。</translation>
    </message>
    <message>
        <source>Approve as many as you like; each gets your full voting power.</source>
        <translation>可赞成任意多个选项，每个选项都获得你的全部投票权。</translation>
    </message>
    <message>
        <source>Share your voting power: each choice gets the part its weight is of the total.</source>
        <translation>分配你的投票权：每个选项按其权重占总权重的比例获得投票权。</translation>
    </message>
    <message>
        <source>Share your voting power: shares are counted by their square roots, so spreading support counts for more than piling it on one choice.</source>
        <translation>分配你的投票权：各份额按平方根计票，因此分散支持比集中在一个选项上更有分量。</translation>
    </message>
    <message>
        <source>Rank every choice, your favourite first. If your first choice is knocked out, your vote passes to your next.</source>
        <translation>为每个选项排序，最喜欢的排在最前。如果你的首选被淘汰，你的票将转给下一个选项。</translation>
    </message>
    <message>
        <source>Rank every choice, your favourite first. Each pair of choices is compared over all ballots.</source>
        <translation>为每个选项排序，最喜欢的排在最前。每两个选项之间都会根据全部选票进行比较。</translation>
    </message>
    <message>
        <source>Weight for %1</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>将 %1 上移</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>将 %1 下移</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Drag, or press Alt+Up and Alt+Down, to change its place.</source>
        <translation>拖动，或按 Alt+↑ / Alt+↓ 调整名次。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Repair the cache</source>
        <translation>修复缓存</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>查看发件箱</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>The folder for the local cache, %1, cannot be created.</source>
        <translation>无法创建本地缓存文件夹 %1。</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer DAO Desk; update DAO Desk or remove the file to sync it again.</source>
        <translation>本地缓存 %1 由更新版本的 DAO Desk 写入；请更新 DAO Desk，或删除该文件后重新同步。</translation>
    </message>
    <message>
        <source>The local cache could not be updated to version %1: %2</source>
        <translation>本地缓存无法升级到版本 %1：%2</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened. %2</source>
        <translation>无法打开本地缓存 %1。%2</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be used. %2</source>
        <translation>无法使用本地缓存 %1。%2</translation>
    </message>
    <message>
        <source>The local cache file is damaged (%1). Repair it with &quot;daodesk-cli repair&quot; or Settings → Repair the cache: what the server holds is downloaded again and every change still waiting to be sent is kept.</source>
        <translation>本地缓存文件已损坏（%1）。请用“daodesk-cli repair”或“设置 → 修复缓存”进行修复：服务器上的数据会重新下载，所有尚未发送的更改都会保留。</translation>
    </message>
    <message>
        <source>The disk that holds the local cache is full. Free some space and try again; nothing was lost.</source>
        <translation>存放本地缓存的磁盘已满。请腾出一些空间后重试；没有丢失任何数据。</translation>
    </message>
    <message>
        <source>The local cache cannot be written: its file or folder is read-only. Check their permissions and try again.</source>
        <translation>无法写入本地缓存：其文件或文件夹是只读的。请检查权限后重试。</translation>
    </message>
    <message>
        <source>The computer could not read or write the local cache (%1). Check the disk and try again.</source>
        <translation>计算机无法读写本地缓存（%1）。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The local cache is in use by another DAO Desk program. Try again in a moment.</source>
        <translation>本地缓存正被另一个 DAO Desk 程序使用。请稍后重试。</translation>
    </message>
    <message>
        <source>The local cache file cannot be opened. Check that its folder exists and that you may write to it.</source>
        <translation>无法打开本地缓存文件。请确认其所在文件夹存在且你有写入权限。</translation>
    </message>
    <message>
        <source>The local cache failed: %1</source>
        <translation>本地缓存出错：%1</translation>
    </message>
</context>
<context>
    <name>CacheRepair</name>
    <message>
        <source>The damaged cache %1 could not be moved aside, so it was not repaired. Check the folder&apos;s permissions.</source>
        <translation>无法移开已损坏的缓存 %1，因此未能修复。请检查该文件夹的权限。</translation>
    </message>
    <message>
        <source>Everything else comes back from the server with the next sync. The damaged file is kept as %1.</source>
        <translation>其余内容会在下次同步时从服务器重新获取。损坏的文件保留为 %1。</translation>
    </message>
    <message>
        <source>The local cache file was empty (0 bytes), so whatever it held, changes waiting to be sent included, is gone. A new cache was made and is filled from the server; the empty file is kept as %1.</source>
        <translation>本地缓存文件是空的（0 字节），其中原有的内容（包括尚未发送的更改）都已丢失。已新建一个缓存，并从服务器填充数据；空文件保留为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The cache was rebuilt, and the %n change(s) waiting to be sent were kept.</source>
        <translation>
            <numerusform>缓存已重建，%n 项待发送的更改已保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent could not be read back: check on the server whether they were made, and make them again if not.</source>
        <translation>
            <numerusform>有 %n 项待发送的更改无法读回：请在服务器上确认它们是否已生效，若没有，请重新操作。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wallet account(s) were kept.</source>
        <translation>
            <numerusform>已保留 %n 个钱包账户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wallet account(s) could not be read back: their keys are still in the keychain; import them again from a backup.</source>
        <translation>
            <numerusform>有 %n 个钱包账户无法读回：它们的私钥仍在钥匙串中；请从备份重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source> </source>
        <comment>between two sentences</comment>
        <translation> </translation>
    </message>
</context>
<context>
    <name>ChoiceResults</name>
    <message>
        <source>%1 · %2 % · winner</source>
        <translation>%1 · %2% · 胜出</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>%1: %2 voting power</source>
        <translation>%1：%2 投票权</translation>
    </message>
    <message>
        <source>Instant runoff, round by round</source>
        <translation>即时决选，逐轮结果</translation>
    </message>
    <message>
        <source>Round %1 (final)</source>
        <translation>第 %1 轮（最终）</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>DAO Desk on the command line: sync, read and vote on a points-based DAO.</source>
        <translation>DAO Desk 命令行版：同步、阅读积分制 DAO 的提案并投票。</translation>
    </message>
    <message>
        <source>Server address (for login), e.g. https://dao.example.org.</source>
        <translation>服务器地址（用于登录），例如 https://dao.example.org。</translation>
    </message>
    <message>
        <source>Where the cache and settings are kept.</source>
        <translation>缓存和设置的存放位置。</translation>
    </message>
    <message>
        <source>Print stable JSON (see docs/cli.md).</source>
        <translation>输出格式稳定的 JSON（见 docs/cli.md）。</translation>
    </message>
    <message>
        <source>User name for login.</source>
        <translation>登录用户名。</translation>
    </message>
    <message>
        <source>Only proposals in these states (comma-separated).</source>
        <translation>仅显示这些状态的提案（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Only this DAO.</source>
        <translation>仅此 DAO。</translation>
    </message>
    <message>
        <source>Only open proposals you have not voted on.</source>
        <translation>仅显示你尚未投票的进行中提案。</translation>
    </message>
    <message>
        <source>Export format: csv or json.</source>
        <translation>导出格式：csv 或 json。</translation>
    </message>
    <message>
        <source>Write the export to this file instead of standard output.</source>
        <translation>将导出内容写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>Name a command; see daodesk-cli --help.</source>
        <translation>请指定一个命令；参见 daodesk-cli --help。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; see daodesk-cli --help.</source>
        <translation>“%1”不是命令；参见 daodesk-cli --help。</translation>
    </message>
    <message>
        <source>No account on this computer yet. Run: daodesk-cli login</source>
        <translation>此计算机上还没有账户。请运行：daodesk-cli login</translation>
    </message>
    <message>
        <source>The saved account is on %1; log in to use another server.</source>
        <translation>已保存的账户位于 %1；如需使用其他服务器，请登录。</translation>
    </message>
    <message>
        <source>User name: </source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>A user name is needed (--username or at the prompt).</source>
        <translation>需要用户名（--username 或在提示时输入）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>A password is needed; it is read from the prompt or stdin.</source>
        <translation>需要密码；从提示或标准输入读取。</translation>
    </message>
    <message>
        <source>daodesk-cli cannot remember the login without a keychain; commands that need the server will ask you to log in again.</source>
        <translation>没有系统钥匙串，daodesk-cli 无法记住登录；需要服务器的命令会要求你重新登录。</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.
</source>
        <translation>已以 %2 身份登录到 %1。
</translation>
    </message>
    <message>
        <source>No account is logged in.</source>
        <translation>没有已登录的账户。</translation>
    </message>
    <message>
        <source>Logged out %1. The cached data stays on this computer.
</source>
        <translation>已退出 %1 的登录。缓存的数据仍保留在此计算机上。
</translation>
    </message>
    <message>
        <source>Synced: %1 changes. Outbox: %2 pending, %3 refused.
</source>
        <translation>已同步：%1 项更改。发件箱：%2 项待发送，%3 项被拒绝。
</translation>
    </message>
    <message>
        <source>No DAOs cached; run sync.
</source>
        <translation>没有缓存的 DAO；请运行 sync。
</translation>
    </message>
    <message>
        <source>%1 on %2
</source>
        <translation>%1，位于 %2
</translation>
    </message>
    <message>
        <source>  %1 (%2): reputation %3, contribution %4, voting power %5 = 1 + %6 + %7
</source>
        <translation>  %1（%2）：声誉 %3，贡献 %4，投票权 %5 = 1 + %6 + %7
</translation>
    </message>
    <message>
        <source>--dao takes a DAO id, a positive number.</source>
        <translation>--dao 需要一个 DAO 编号（正整数）。</translation>
    </message>
    <message>
        <source>No points yet.
</source>
        <translation>还没有积分。
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proposal state; use %2.</source>
        <translation>“%1”不是提案状态；请使用 %2。</translation>
    </message>
    <message>
        <source>, you: %1</source>
        <translation>，你：%1</translation>
    </message>
    <message>
        <source>No proposals match.
</source>
        <translation>没有匹配的提案。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli show ID</source>
        <translation>用法：daodesk-cli show ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proposal id.</source>
        <translation>“%1”不是提案编号。</translation>
    </message>
    <message>
        <source>Proposal #%1 is not in the cache; run sync first.</source>
        <translation>提案 #%1 不在缓存中；请先运行 sync。</translation>
    </message>
    <message>
        <source>#%1 %2 [%3] by %4
Voting %5 to %6, quorum %7%

%8

Yes %9 (%10), no %11 (%12), abstain %13 (%14); participation %15%, quorum %16
</source>
        <translation>#%1 %2 [%3]，作者 %4
投票时间 %5 至 %6，法定人数 %7%

%8

赞成 %9（%10），反对 %11（%12），弃权 %13（%14）；参与率 %15%，法定人数%16
</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>Your vote: %1
</source>
        <translation>你的投票：%1
</translation>
    </message>
    <message>
        <source>Your vote waiting in the outbox: %1
</source>
        <translation>你在发件箱中待发送的投票：%1
</translation>
    </message>
    <message>
        <source>Vote kept in the outbox; it is sent with the next sync.
</source>
        <translation>投票已存入发件箱，将在下次同步时发送。
</translation>
    </message>
    <message>
        <source>Vote kept in the outbox; it is sent after you log in.</source>
        <translation>投票已存入发件箱，将在你登录后发送。</translation>
    </message>
    <message>
        <source>Voted %1 on #%2.
</source>
        <translation>已对 #%2 投%1。
</translation>
    </message>
    <message>
        <source>%1 The vote is kept in the outbox and sent with the next sync.</source>
        <translation>%1 投票保留在发件箱中，将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli outbox %1 ID</source>
        <translation>用法：daodesk-cli outbox %1 ID</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli outbox [send|retry ID|dismiss ID]</source>
        <translation>用法：daodesk-cli outbox [send|retry ID|dismiss ID]</translation>
    </message>
    <message>
        <source>The outbox is empty.
</source>
        <translation>发件箱为空。
</translation>
    </message>
    <message>
        <source>Choose an export format: --format csv or --format json.</source>
        <translation>请选择导出格式：--format csv 或 --format json。</translation>
    </message>
    <message>
        <source>The export could not be written to standard output.</source>
        <translation>无法将导出内容写入标准输出。</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>无法将导出内容写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1 proposals to %2.</source>
        <translation>已将 %1 个提案导出到 %2。</translation>
    </message>
    <message>
        <source>A name for a new wallet account.</source>
        <translation>新钱包账户的名称。</translation>
    </message>
    <message>
        <source>The account number under m/44&apos;/60&apos;/0&apos;/0 (mnemonic import).</source>
        <translation>m/44&apos;/60&apos;/0&apos;/0 下的账户编号（助记词导入）。</translation>
    </message>
    <message>
        <source>Ask for a BIP-39 passphrase (mnemonic import).</source>
        <translation>询问 BIP-39 附加密码（助记词导入）。</translation>
    </message>
    <message>
        <source>The keystore file to import.</source>
        <translation>要导入的 keystore 文件。</translation>
    </message>
    <message>
        <source>The Ethereum node&apos;s JSON-RPC address.</source>
        <translation>以太坊节点的 JSON-RPC 地址。</translation>
    </message>
    <message>
        <source>Send a transaction without asking.</source>
        <translation>不经询问直接发送交易。</translation>
    </message>
    <message>
        <source>Added %1; its key is in the keychain.
</source>
        <translation>已添加 %1；其私钥保存在钥匙串中。
</translation>
    </message>
    <message>
        <source>Private key (hex): </source>
        <translation>私钥（十六进制）： </translation>
    </message>
    <message>
        <source>Recovery phrase: </source>
        <translation>助记词： </translation>
    </message>
    <message>
        <source>BIP-39 passphrase: </source>
        <translation>BIP-39 附加密码： </translation>
    </message>
    <message>
        <source>--index takes an account number from 0 to 2147483647.</source>
        <translation>--index 接受 0 到 2147483647 之间的账户编号。</translation>
    </message>
    <message>
        <source>Name the keystore file with --file.</source>
        <translation>请用 --file 指定 keystore 文件。</translation>
    </message>
    <message>
        <source>Keystore password: </source>
        <translation>Keystore 密码： </translation>
    </message>
    <message>
        <source>Import what? daodesk-cli wallet import key|mnemonic|keystore</source>
        <translation>导入什么？daodesk-cli wallet import key|mnemonic|keystore</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli wallet export ADDRESS --out FILE</source>
        <translation>用法：daodesk-cli wallet export 地址 --out 文件</translation>
    </message>
    <message>
        <source>Password for the keystore file: </source>
        <translation>keystore 文件的密码： </translation>
    </message>
    <message>
        <source>Wrote the keystore of %1 to %2.
</source>
        <translation>已将 %1 的 keystore 写入 %2。
</translation>
    </message>
    <message>
        <source>No accounts yet.
</source>
        <translation>还没有账户。
</translation>
    </message>
    <message>
        <source>No account %1 in this wallet.</source>
        <translation>钱包中没有账户 %1。</translation>
    </message>
    <message>
        <source>Now using %1.
</source>
        <translation>现在使用 %1。
</translation>
    </message>
    <message>
        <source>Name an address, or add an account first.</source>
        <translation>请指定地址，或先添加账户。</translation>
    </message>
    <message>
        <source>%1 holds %2 ETH.
</source>
        <translation>%1 持有 %2 ETH。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli wallet new|import|export|list|use|balance|link</source>
        <translation>用法：daodesk-cli wallet new|import|export|list|use|balance|link</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli wallet link --dao ID (with an active account)</source>
        <translation>用法：daodesk-cli wallet link --dao ID（需有当前账户）</translation>
    </message>
    <message>
        <source>Linked %1 to your membership of DAO %2.
</source>
        <translation>已将 %1 关联到你在 DAO %2 的成员身份。
</translation>
    </message>
    <message>
        <source>ok        #%1 %2 by %3 (%4)
</source>
        <translation>通过      #%1 %2，投票人 %3（%4）
</translation>
    </message>
    <message>
        <source>MISMATCH  #%1 %2 by %3 (%4)
</source>
        <translation>不匹配    #%1 %2，投票人 %3（%4）
</translation>
    </message>
    <message>
        <source>no signer</source>
        <translation>无签名者</translation>
    </message>
    <message>
        <source>%1 signed votes checked, %2 failed.
</source>
        <translation>已检查 %1 张签名投票，%2 张未通过。
</translation>
    </message>
    <message>
        <source>Name the Ethereum node with --rpc URL.</source>
        <translation>请用 --rpc URL 指定以太坊节点。</translation>
    </message>
    <message>
        <source>Proposal %1 is not linked to an on-chain proposal.</source>
        <translation>提案 %1 未关联链上提案。</translation>
    </message>
    <message>
        <source>On chain: %1. For %2, against %3, abstain %4 (in tokens).
</source>
        <translation>链上：%1。赞成 %2，反对 %3，弃权 %4（以代币计）。
</translation>
    </message>
    <message>
        <source>Add a wallet account first: daodesk-cli wallet new</source>
        <translation>请先添加钱包账户：daodesk-cli wallet new</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli chain vote ID for|against|abstain</source>
        <translation>用法：daodesk-cli chain vote ID for|against|abstain</translation>
    </message>
    <message>
        <source>Send it? [y/N] </source>
        <translation>发送吗？[y/N] </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>Sent %1; waiting for it to be mined…</source>
        <translation>已发送 %1；正在等待打包……</translation>
    </message>
    <message>
        <source>Confirmed in block %1.
</source>
        <translation>已在区块 %1 中确认。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli chain %1 ID …</source>
        <translation>用法：daodesk-cli chain %1 ID …</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli chain delegate [ADDRESS] --governor ADDRESS</source>
        <translation>用法：daodesk-cli chain delegate [地址] --governor 地址</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli chain propose ID --governor ADDRESS</source>
        <translation>用法：daodesk-cli chain propose ID --governor 地址</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli chain status|vote|delegate|propose|link</source>
        <translation>用法：daodesk-cli chain status|vote|delegate|propose|link</translation>
    </message>
    <message>
        <source>Unlinked proposal #%1 from the chain.
</source>
        <translation>已解除提案 #%1 与链上提案的关联。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli chain link ID --governor ADDRESS --chain-id N --onchain-id DECIMAL (or --unlink)</source>
        <translation>用法：daodesk-cli chain link ID --governor 地址 --chain-id N --onchain-id 十进制数（或 --unlink）</translation>
    </message>
    <message>
        <source>Linked proposal #%1 to on-chain proposal %2.
</source>
        <translation>已将提案 #%1 关联到链上提案 %2。
</translation>
    </message>
    <message>
        <source>Link #%1 %2 to the chain</source>
        <translation>将 #%1 %2 关联到链上</translation>
    </message>
    <message>
        <source>On-chain proposal %1 is linked to #%2.
</source>
        <translation>链上提案 %1 已关联到 #%2。
</translation>
    </message>
    <message>
        <source>%1 The change is kept in the outbox and sent with the next sync.</source>
        <translation>%1 该更改保存在发件箱中，将在下次同步时发送。</translation>
    </message>
    <message>
        <source>The Governor contract (delegate, propose, link).</source>
        <translation>Governor 合约（delegate、propose、link）。</translation>
    </message>
    <message>
        <source>The chain of the Governor (link).</source>
        <translation>Governor 所在的链（link）。</translation>
    </message>
    <message>
        <source>The Governor&apos;s proposal id, in decimal (link).</source>
        <translation>Governor 的提案编号，十进制（link）。</translation>
    </message>
    <message>
        <source>Remove a proposal&apos;s chain link (link).</source>
        <translation>移除提案的链上关联（link）。</translation>
    </message>
    <message>
        <source>Sign the vote with the active wallet account (EIP-712).</source>
        <translation>用当前钱包账户签名投票（EIP-712）。</translation>
    </message>
    <message>
        <source>Run daodesk-cli sync to download the rest again.
</source>
        <translation>运行 daodesk-cli sync 以重新下载其余内容。
</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are still waiting in the outbox: %1</source>
        <translation>
            <numerusform>发件箱中仍有 %n 项更改待发送：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the outbox were refused by the server; see daodesk-cli outbox.</source>
        <translation>
            <numerusform>发件箱中有 %n 项更改被服务器拒绝；请查看 daodesk-cli outbox。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused a change; it is listed above as failed.</source>
        <translation>服务器拒绝了一项更改；它在上面标为失败。</translation>
    </message>
    <message>
        <source>The transaction could not be signed.</source>
        <translation>无法为该交易签名。</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli tally FILE [--json]</source>
        <translation>用法：daodesk-cli tally FILE [--json]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Proposal %1 (%2)</source>
        <translation>提案 %1（%2）</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>胜出</translation>
    </message>
    <message>
        <source>No winner (a tie, or nothing counted).</source>
        <translation>没有胜出选项（票数持平，或没有计入任何选票）。</translation>
    </message>
    <message>
        <source>scores_total %1; %2 of %3 ballots counted.</source>
        <translation>scores_total 为 %1；%3 张选票中计入 %2 张。</translation>
    </message>
    <message>
        <source>The file records no result to compare.</source>
        <translation>文件中没有可供比对的结果。</translation>
    </message>
    <message>
        <source>Agrees with the result recorded in the file.</source>
        <translation>与文件中记录的结果一致。</translation>
    </message>
    <message>
        <source>DIFFERS from the file: %1.</source>
        <translation>与文件不一致：%1。</translation>
    </message>
    <message>
        <source>%1 voting; participation %2%, quorum %3
</source>
        <translation>投票方式：%1；参与率 %2%，法定人数%3
</translation>
    </message>
    <message>
        <source>#%1 %2 [%3] by %4
Voting %5 to %6, quorum %7%

%8

</source>
        <translation>#%1 %2 [%3]，作者 %4
投票时间 %5 至 %6，法定人数 %7%

%8

</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli vote ID CHOICE [--reason TEXT]; CHOICE is yes|no|abstain, or for other voting types 2, 1,3 or 1=60,3=40</source>
        <translation>用法：daodesk-cli vote ID CHOICE [--reason TEXT]；CHOICE 为 yes|no|abstain，其他投票方式则写作 2、1,3 或 1=60,3=40</translation>
    </message>
    <message>
        <source>Full-text search over titles, bodies, vote reasons and comments.</source>
        <translation>全文搜索标题、正文、投票理由和评论。</translation>
    </message>
    <message>
        <source>The reason given with a vote, a hidden comment or an award.</source>
        <translation>投票、隐藏评论或发放积分时附上的理由。</translation>
    </message>
    <message>
        <source>Read the text (Markdown) from FILE, or from standard input with -.</source>
        <translation>从 FILE 读取文本（Markdown）；用 - 则从标准输入读取。</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli comments ID</source>
        <translation>用法：daodesk-cli comments ID</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>（已编辑）</translation>
    </message>
    <message>
        <source>(discussion points awarded)</source>
        <translation>（已发放讨论积分）</translation>
    </message>
    <message>
        <source>[deleted by its author]</source>
        <translation>［已被作者删除］</translation>
    </message>
    <message>
        <source>[hidden by a moderator: %1]</source>
        <translation>［已被版主隐藏：%1］</translation>
    </message>
    <message>
        <source>No comments on #%1 yet.
</source>
        <translation>#%1 还没有评论。
</translation>
    </message>
    <message>
        <source>Give the text either on the command line or with --body.</source>
        <translation>文本请在命令行中给出，或用 --body 指定，二者只能选一。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>输入内容</translation>
    </message>
    <message>
        <source>The comment is empty; write it after the id or give --body FILE.</source>
        <translation>评论为空；请在 ID 后写出内容，或用 --body FILE 指定文件。</translation>
    </message>
    <message>
        <source>The comment has %1 characters; at most %2 fit.</source>
        <translation>评论有 %1 个字符，最多只能有 %2 个。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a comment id.</source>
        <translation>“%1”不是评论 ID。</translation>
    </message>
    <message>
        <source>Comment %1 is not in the cache; run sync first.</source>
        <translation>缓存中没有评论 %1；请先运行 sync。</translation>
    </message>
    <message>
        <source>Reply to comment %1 on #%2</source>
        <translation>回复 #%2 上的评论 %1</translation>
    </message>
    <message>
        <source>Comment on #%1</source>
        <translation>评论 #%1</translation>
    </message>
    <message>
        <source>Comment kept in the outbox; it is sent with the next sync.
</source>
        <translation>评论已保存在发件箱中，将在下次同步时发送。
</translation>
    </message>
    <message>
        <source>Posted comment %1 on #%2.
</source>
        <translation>已在 #%2 上发表评论 %1。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli comment ID TEXT (or --body FILE), or comment edit|delete|hide|unhide|award COMMENT_ID</source>
        <translation>用法：daodesk-cli comment ID 文本（或 --body FILE），或 comment edit|delete|hide|unhide|award COMMENT_ID</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli reply COMMENT_ID TEXT (or --body FILE)</source>
        <translation>用法：daodesk-cli reply COMMENT_ID 文本（或 --body FILE）</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli comment %1 COMMENT_ID</source>
        <translation>用法：daodesk-cli comment %1 COMMENT_ID</translation>
    </message>
    <message>
        <source>Say why with --reason; members see it in place of the comment.</source>
        <translation>请用 --reason 说明原因；成员会在原评论的位置看到它。</translation>
    </message>
    <message>
        <source>Edit comment %1 on #%2</source>
        <translation>编辑 #%2 上的评论 %1</translation>
    </message>
    <message>
        <source>Delete comment %1 on #%2</source>
        <translation>删除 #%2 上的评论 %1</translation>
    </message>
    <message>
        <source>Hide comment %1 on #%2</source>
        <translation>隐藏 #%2 上的评论 %1</translation>
    </message>
    <message>
        <source>Show comment %1 on #%2 again</source>
        <translation>重新显示 #%2 上的评论 %1</translation>
    </message>
    <message>
        <source>Award discussion points for comment %1 on #%2</source>
        <translation>为 #%2 上的评论 %1 发放讨论积分</translation>
    </message>
    <message>
        <source>Kept in the outbox; it is sent with the next sync.
</source>
        <translation>已保存在发件箱中，将在下次同步时发送。
</translation>
    </message>
    <message>
        <source>%1: done.
</source>
        <translation>%1：已完成。
</translation>
    </message>
    <message>
        <source>A proposal&apos;s title (propose, edit).</source>
        <translation>提案标题（propose、edit）。</translation>
    </message>
    <message>
        <source>A proposal&apos;s voting type: basic, single-choice, approval, weighted, quadratic, ranked-choice or copeland.</source>
        <translation>提案的投票方式：basic、single-choice、approval、weighted、quadratic、ranked-choice 或 copeland。</translation>
    </message>
    <message>
        <source>One choice of a proposal that is not basic; repeat it for each.</source>
        <translation>非 basic 提案的一个选项；每个选项各写一次。</translation>
    </message>
    <message>
        <source>Voting starts this many hours from now (propose, edit; default 0).</source>
        <translation>投票在此后多少小时开始（propose、edit；默认 0）。</translation>
    </message>
    <message>
        <source>Give the proposal a title with --title.</source>
        <translation>请用 --title 给提案起个标题。</translation>
    </message>
    <message>
        <source>A title has at most %1 characters.</source>
        <translation>标题最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A proposal&apos;s text has at most %1 characters.</source>
        <translation>提案正文最多 %1 个字符。</translation>
    </message>
    <message>
        <source>--start-in takes hours from now, 0 to 8784.</source>
        <translation>--start-in 接受从现在起的小时数，0 到 8784。</translation>
    </message>
    <message>
        <source>--days takes the length of voting in days, 1 to 366.</source>
        <translation>--days 接受投票持续的天数，1 到 366。</translation>
    </message>
    <message>
        <source>--quorum takes a percentage, 0 to 100.</source>
        <translation>--quorum 接受百分比，0 到 100。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a voting type; use %2.</source>
        <translation>“%1”不是投票方式；请使用 %2。</translation>
    </message>
    <message>
        <source>A basic proposal has the choices For, Against and Abstain; give --type with --choice.</source>
        <translation>basic 提案的选项固定为赞成、反对和弃权；使用 --choice 时请同时给出 --type。</translation>
    </message>
    <message>
        <source>Give %1 to %2 different choices with --choice, each of at most %3 characters.</source>
        <translation>请用 --choice 给出 %1 到 %2 个互不相同的选项，每个最多 %3 个字符。</translation>
    </message>
    <message>
        <source>%1: done; #%2 is %3.
</source>
        <translation>%1：已完成；#%2 现为 %3。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli propose --dao ID --title TEXT [--body FILE] [--type T --choice LABEL …] [--start-in HOURS] [--days N] [--quorum PERCENT]</source>
        <translation>用法：daodesk-cli propose --dao ID --title 标题 [--body 文件] [--type 方式 --choice 选项 …] [--start-in 小时] [--days 天数] [--quorum 百分比]</translation>
    </message>
    <message>
        <source>Say which DAO with --dao ID (see daodesk-cli daos).</source>
        <translation>请用 --dao ID 指定 DAO（见 daodesk-cli daos）。</translation>
    </message>
    <message>
        <source>Propose “%1”</source>
        <translation>提议“%1”</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli edit ID [--title TEXT] [--body FILE] [--type T --choice LABEL …] [--start-in HOURS] [--days N] [--quorum PERCENT]</source>
        <translation>用法：daodesk-cli edit ID [--title 标题] [--body 文件] [--type 方式 --choice 选项 …] [--start-in 小时] [--days 天数] [--quorum 百分比]</translation>
    </message>
    <message>
        <source>Nothing to change: give --title, --body, --type, --start-in, --days or --quorum.</source>
        <translation>没有要修改的内容：请给出 --title、--body、--type、--start-in、--days 或 --quorum。</translation>
    </message>
    <message>
        <source>Edit proposal #%1</source>
        <translation>编辑提案 #%1</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli open ID</source>
        <translation>用法：daodesk-cli open ID</translation>
    </message>
    <message>
        <source>Proposal #%1 is %2; only a draft can be opened.</source>
        <translation>提案 #%1 的状态为 %2；只有草稿才能开启投票。</translation>
    </message>
    <message>
        <source>Open voting on proposal #%1</source>
        <translation>开启提案 #%1 的投票</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli %1 ID</source>
        <translation>用法：daodesk-cli %1 ID</translation>
    </message>
    <message>
        <source>Cancel proposal #%1</source>
        <translation>取消提案 #%1</translation>
    </message>
    <message>
        <source>Close voting on proposal #%1</source>
        <translation>结束提案 #%1 的投票</translation>
    </message>
    <message>
        <source>Mark proposal #%1 executed</source>
        <translation>将提案 #%1 标记为已执行</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli delete ID</source>
        <translation>用法：daodesk-cli delete ID</translation>
    </message>
    <message>
        <source>Delete draft #%1</source>
        <translation>删除草稿 #%1</translation>
    </message>
    <message>
        <source>Voting lasts this many days (propose: the DAO&apos;s default; edit: 7).</source>
        <translation>投票持续的天数（propose：DAO 的默认值；edit：7）。</translation>
    </message>
    <message>
        <source>The quorum, in percent of the voting power (propose: the DAO&apos;s default).</source>
        <translation>法定人数，占投票权的百分比（propose：DAO 的默认值）。</translation>
    </message>
    <message>
        <source>A new DAO&apos;s description (dao create).</source>
        <translation>新 DAO 的简介（dao create）。</translation>
    </message>
    <message>
        <source>Change one DAO setting (dao settings); repeat it for each.</source>
        <translation>修改一项 DAO 设置（dao settings）；每项重复一次。</translation>
    </message>
    <message>
        <source>How many people may join with an invitation (default 1).</source>
        <translation>一个邀请码可供多少人加入（默认 1）。</translation>
    </message>
    <message>
        <source>How long an invitation works, in hours (default 168).</source>
        <translation>邀请码的有效时长，单位小时（默认 168）。</translation>
    </message>
    <message>
        <source>Do not contact the server: the change goes to the outbox.</source>
        <translation>不连接服务器：更改先存入发件箱。</translation>
    </message>
    <message>
        <source>You are not a member of DAO %1, or it is not in the cache; run sync first.</source>
        <translation>你不是 DAO %1 的成员，或缓存中还没有它；请先运行 sync。</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli dao create NAME [--description TEXT]</source>
        <translation>用法：daodesk-cli dao create NAME [--description TEXT]</translation>
    </message>
    <message>
        <source>A DAO&apos;s name has 3 to 80 characters.</source>
        <translation>DAO 名称须为 3 到 80 个字符。</translation>
    </message>
    <message>
        <source>A DAO&apos;s description has at most 2000 characters.</source>
        <translation>DAO 简介最多 2000 个字符。</translation>
    </message>
    <message>
        <source>Create the DAO %1</source>
        <translation>创建 DAO %1</translation>
    </message>
    <message>
        <source>Created %1 (DAO %2); you are its admin. Run sync to read it.
</source>
        <translation>已创建 %1（DAO %2），你是它的管理员。运行 sync 即可读取。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli dao settings [--dao ID] [--set KEY=VALUE …] [--reason TEXT]</source>
        <translation>用法：daodesk-cli dao settings [--dao ID] [--set KEY=VALUE …] [--reason TEXT]</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation>理由最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Change the settings of DAO %1</source>
        <translation>修改 DAO %1 的设置</translation>
    </message>
    <message>
        <source>The settings of %1 are changed; the change is in the moderation log.
</source>
        <translation>%1 的设置已修改，这次修改已记入管理日志。
</translation>
    </message>
    <message>
        <source>The settings of DAO %1 are not in the cache yet; run sync.</source>
        <translation>缓存中还没有 DAO %1 的设置；请运行 sync。</translation>
    </message>
    <message>
        <source>%1 (DAO %2)
</source>
        <translation>%1（DAO %2）
</translation>
    </message>
    <message>
        <source>  New proposals: voting lasts %1 days, quorum %2%, voting type %3
</source>
        <translation>  新提案：投票持续 %1 天，法定人数 %2%，投票方式 %3
</translation>
    </message>
    <message>
        <source>  Who may propose: moderators and admins
</source>
        <translation>  谁可以发起提案：版主和管理员
</translation>
    </message>
    <message>
        <source>  Who may propose: members with at least %1 reputation
</source>
        <translation>  谁可以发起提案：声誉至少为 %1 的成员
</translation>
    </message>
    <message>
        <source>  Who may propose: any member
</source>
        <translation>  谁可以发起提案：所有成员
</translation>
    </message>
    <message>
        <source>  Comments lock when voting closes
</source>
        <translation>  投票结束后评论区关闭
</translation>
    </message>
    <message>
        <source>  Comments stay open after voting closes
</source>
        <translation>  投票结束后仍可评论
</translation>
    </message>
    <message>
        <source>  Points rules (reputation, contribution):
</source>
        <translation>  积分规则（声誉，贡献）：
</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, e.g. --set default_quorum_percent=40; the keys are %1.</source>
        <translation>--set 的格式为 KEY=VALUE，例如 --set default_quorum_percent=40；可用的键有 %1。</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 须为 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>default_voting_type is one of %1.</source>
        <translation>default_voting_type 须为以下之一：%1。</translation>
    </message>
    <message>
        <source>proposers is members (any member), reputation (a minimum reputation, see proposer_min_reputation) or moderators.</source>
        <translation>proposers 可取 members（所有成员）、reputation（最低声誉，见 proposer_min_reputation）或 moderators。</translation>
    </message>
    <message>
        <source>lock_comments_at_close takes true or false.</source>
        <translation>lock_comments_at_close 须为 true 或 false。</translation>
    </message>
    <message>
        <source>A points rule is set as points.RULE.reputation or points.RULE.contribution; RULE is one of %1.</source>
        <translation>积分规则的写法是 points.RULE.reputation 或 points.RULE.contribution；RULE 须为以下之一：%1。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DAO setting; the keys are %2.</source>
        <translation>“%1”不是 DAO 设置；可用的键有 %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a member of DAO %2 in the cache; see daodesk-cli members.</source>
        <translation>缓存中 DAO %2 没有成员“%1”；请查看 daodesk-cli members。</translation>
    </message>
    <message>
        <source>Give the reason with --reason TEXT; it is shown in the log.</source>
        <translation>请用 --reason TEXT 说明理由，它会显示在日志中。</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli members [--dao ID]</source>
        <translation>用法：daodesk-cli members [--dao ID]</translation>
    </message>
    <message>
        <source>%1  %2  %3, reputation %4, contribution %5, voting power %6
</source>
        <translation>%1  %2  %3，声誉 %4，贡献 %5，投票权 %6
</translation>
    </message>
    <message>
        <source>No members cached; run sync.
</source>
        <translation>缓存中没有成员；请运行 sync。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli award USER ACTION --reason TEXT [--dao ID]; ACTION is one of %1.</source>
        <translation>用法：daodesk-cli award USER ACTION --reason TEXT [--dao ID]；ACTION 须为以下之一：%1。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not something points can be awarded for; use %2.</source>
        <translation>“%1”不能用来奖励积分；请使用 %2。</translation>
    </message>
    <message>
        <source>Award points to %1: %2</source>
        <translation>向 %1 奖励积分：%2</translation>
    </message>
    <message>
        <source>%1 was awarded %2 reputation and %3 contribution.
</source>
        <translation>%1 获得了 %2 点声誉和 %3 点贡献。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli level USER member|moderator|admin [--reason TEXT] [--dao ID]</source>
        <translation>用法：daodesk-cli level USER member|moderator|admin [--reason TEXT] [--dao ID]</translation>
    </message>
    <message>
        <source>%1 is already %2.
</source>
        <translation>%1 已经是 %2。
</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <source>%1 is now %2.
</source>
        <translation>%1 现在是 %2。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli remove USER --reason TEXT [--dao ID]</source>
        <translation>用法：daodesk-cli remove USER --reason TEXT [--dao ID]</translation>
    </message>
    <message>
        <source>Remove %1 from the DAO</source>
        <translation>将 %1 移出 DAO</translation>
    </message>
    <message>
        <source>%1 is no longer a member.
</source>
        <translation>%1 已不再是成员。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli invite [--uses N] [--hours H] [--dao ID]</source>
        <translation>用法：daodesk-cli invite [--uses N] [--hours H] [--dao ID]</translation>
    </message>
    <message>
        <source>An invitation code is made by the server; invite needs it.</source>
        <translation>邀请码由服务器生成，invite 需要连接服务器。</translation>
    </message>
    <message>
        <source>--uses takes how many people may join with the code, 1 to 1000.</source>
        <translation>--uses 表示可用此邀请码加入的人数，取值 1 到 1000。</translation>
    </message>
    <message>
        <source>--hours takes how long the code works, 1 to 2160 hours.</source>
        <translation>--hours 表示邀请码的有效时长，取值 1 到 2160 小时。</translation>
    </message>
    <message>
        <source>Create an invitation</source>
        <translation>创建邀请</translation>
    </message>
    <message>
        <source>Invitation code %1: %2 use(s), until %3.
</source>
        <translation>邀请码 %1：可用 %2 次，有效期至 %3。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli join CODE</source>
        <translation>用法：daodesk-cli join CODE</translation>
    </message>
    <message>
        <source>Join with an invitation</source>
        <translation>凭邀请码加入</translation>
    </message>
    <message>
        <source>You joined %1 (DAO %2); run sync to read it.
</source>
        <translation>你已加入 %1（DAO %2）；运行 sync 即可读取。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli leave --dao ID</source>
        <translation>用法：daodesk-cli leave --dao ID</translation>
    </message>
    <message>
        <source>Say which DAO to leave with --dao ID.</source>
        <translation>请用 --dao ID 指明要退出哪个 DAO。</translation>
    </message>
    <message>
        <source>Leave DAO %1</source>
        <translation>退出 DAO %1</translation>
    </message>
    <message>
        <source>You left DAO %1. What was synced stays readable here.
</source>
        <translation>你已退出 DAO %1。已同步的内容仍可在本机查看。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli log [--dao ID]</source>
        <translation>用法：daodesk-cli log [--dao ID]</translation>
    </message>
    <message>
        <source>Nothing in the moderation log yet.
</source>
        <translation>管理日志中还没有记录。
</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli notifications on|off KIND...</source>
        <translation>用法：daodesk-cli notifications on|off 类型...</translation>
    </message>
    <message>
        <source>Unknown kind of notification: %1 (opened, closing, refused, decided, awarded, reply).</source>
        <translation>未知的通知类型：%1（可用：opened、closing、refused、decided、awarded、reply）。</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli notifications [--all] [on|off KIND...]</source>
        <translation>用法：daodesk-cli notifications [--all] [on|off 类型...]</translation>
    </message>
    <message>
        <source>Nothing waits for you.
</source>
        <translation>没有等你处理的事项。
</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for you (proposals to vote on, refused changes).
</source>
        <translation>
            <numerusform>%n 项等你处理（待投票的提案、被拒绝的更改）。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new.
</source>
        <translation>没有新通知。
</translation>
    </message>
    <message>
        <source>Every notification that applies, also those already seen (notifications).</source>
        <translation>列出所有当前有效的通知，包括已看过的（notifications）。</translation>
    </message>
    <message>
        <source>The kinds of change a webhook is told of, comma-separated.</source>
        <translation>Webhook 要接收的变更类型，用逗号分隔。</translation>
    </message>
    <message>
        <source>login, logout, sync, daos, profile, points, proposals, show ID, vote ID CHOICE, propose, edit ID, open ID, cancel ID, close ID, execute ID, delete ID, comments ID, comment ID TEXT, reply COMMENT_ID TEXT, comment edit|delete|hide|unhide|award COMMENT_ID, members, award USER ACTION, level USER LEVEL, remove USER, invite, join CODE, leave, log, notifications [on|off KIND...], dao create NAME|settings|webhooks, outbox [send|retry ID|dismiss ID], export, wallet new|import|export|list|use|balance|link, chain status|vote|delegate|propose|link, verify, repair, tally FILE</source>
        <translation>login、logout、sync、daos、profile、points、proposals、show ID、vote ID CHOICE、propose、edit ID、open ID、cancel ID、close ID、execute ID、delete ID、comments ID、comment ID TEXT、reply COMMENT_ID TEXT、comment edit|delete|hide|unhide|award COMMENT_ID、members、award USER ACTION、level USER LEVEL、remove USER、invite、join CODE、leave、log、notifications [on|off KIND...]、dao create NAME|settings|webhooks、outbox [send|retry ID|dismiss ID]、export、wallet new|import|export|list|use|balance|link、chain status|vote|delegate|propose|link、verify、repair、tally FILE</translation>
    </message>
    <message>
        <source>This needs the server; it cannot wait in the outbox.</source>
        <translation>此操作需要连接服务器，不能放进发件箱等待。</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli dao create NAME [--description TEXT], dao settings [--dao ID] [--set KEY=VALUE …] [--reason TEXT], or dao webhooks [add URL [--events KINDS] | remove ID | deliveries ID]</source>
        <translation>用法：daodesk-cli dao create 名称 [--description 文字]、dao settings [--dao ID] [--set 键=值 …] [--reason 文字]，或 dao webhooks [add URL [--events 类型] | remove ID | deliveries ID]</translation>
    </message>
    <message>
        <source>Usage: daodesk-cli dao webhooks [--dao ID], dao webhooks add URL [--events proposal,vote,comment,points,member,log,dao] [--dao ID], dao webhooks remove ID, dao webhooks deliveries ID</source>
        <translation>用法：daodesk-cli dao webhooks [--dao ID]、dao webhooks add URL [--events proposal,vote,comment,points,member,log,dao] [--dao ID]、dao webhooks remove ID、dao webhooks deliveries ID</translation>
    </message>
    <message>
        <source>Webhook %1 is removed; what it had not been sent yet is not sent.
</source>
        <translation>Webhook %1 已删除；尚未发送的内容不会再发送。
</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4 tries</source>
        <translation>#%1  %2  %3  尝试 %4 次</translation>
    </message>
    <message>
        <source>Nothing was sent to this webhook yet.
</source>
        <translation>还没有向这个 Webhook 发送过任何内容。
</translation>
    </message>
    <message>
        <source>Webhook %1 calls %2.
Its secret, shown only now (deliveries are signed with it):
%3
</source>
        <translation>Webhook %1 将调用 %2。
它的密钥只显示这一次（每次投递都用它签名）：
%3
</translation>
    </message>
    <message>
        <source>#%1  %2  (%3)</source>
        <translation>#%1  %2（%3）</translation>
    </message>
    <message>
        <source>  last: %1</source>
        <translation>  最近一次：%1</translation>
    </message>
    <message>
        <source>This DAO has no webhooks.
</source>
        <translation>这个 DAO 没有 Webhook。
</translation>
    </message>
</context>
<context>
    <name>DaoSettingsCard</name>
    <message>
        <source>DAO settings</source>
        <translation>DAO 设置</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Creating a proposal</source>
        <translation>发起提案</translation>
    </message>
    <message>
        <source>A proposal passing (its author)</source>
        <translation>提案通过（发起人）</translation>
    </message>
    <message>
        <source>Inviting a member</source>
        <translation>邀请成员</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation>帮助他人</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Community contribution</source>
        <translation>社区贡献</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The DAO&apos;s name</source>
        <translation>DAO 名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>The DAO&apos;s description</source>
        <translation>DAO 简介</translation>
    </message>
    <message>
        <source>New proposals</source>
        <translation>新提案</translation>
    </message>
    <message>
        <source>Voting lasts</source>
        <translation>投票持续</translation>
    </message>
    <message>
        <source>Days of voting for new proposals</source>
        <translation>新提案的投票天数</translation>
    </message>
    <message>
        <source>day(s), quorum</source>
        <translation>天，法定人数</translation>
    </message>
    <message>
        <source>Quorum of new proposals, in percent</source>
        <translation>新提案的法定人数（百分比）</translation>
    </message>
    <message>
        <source>%, voting type</source>
        <translation>%，投票方式</translation>
    </message>
    <message>
        <source>Voting type of new proposals</source>
        <translation>新提案的投票方式</translation>
    </message>
    <message>
        <source>Who may propose</source>
        <translation>谁可以发起提案</translation>
    </message>
    <message>
        <source>Any member</source>
        <translation>所有成员</translation>
    </message>
    <message>
        <source>Members with enough reputation</source>
        <translation>声誉达到要求的成员</translation>
    </message>
    <message>
        <source>Moderators and admins</source>
        <translation>版主和管理员</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>Reputation needed to propose</source>
        <translation>发起提案所需声誉</translation>
    </message>
    <message>
        <source>Close a proposal&apos;s discussion when its voting closes</source>
        <translation>提案投票结束时关闭其讨论</translation>
    </message>
    <message>
        <source>Points rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>What each action gives from now on; points already earned keep what they were given.</source>
        <translation>每项行为今后可得的积分；已获得的积分保持不变。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>声誉</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Reputation for %1</source>
        <translation>%1 的声誉</translation>
    </message>
    <message>
        <source>Contribution for %1</source>
        <translation>%1 的贡献</translation>
    </message>
    <message>
        <source>Why (optional, shown in the log)</source>
        <translation>理由（可选，会显示在日志中）</translation>
    </message>
    <message>
        <source>Reason for the change, shown in the log</source>
        <translation>修改理由，会显示在日志中</translation>
    </message>
    <message>
        <source>Undo my edits</source>
        <translation>撤销我的修改</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>A date such as 2026-11-23</source>
        <translation>日期格式如 2026-11-23</translation>
    </message>
</context>
<context>
    <name>DiscussionCard</name>
    <message>
        <source>Discussion (%1)</source>
        <translation>讨论（%1）</translation>
    </message>
    <message>
        <source>No comments yet. Ask a question or say what you think before you vote.</source>
        <translation>还没有评论。投票前不妨提个问题，或说说你的看法。</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Discussion points awarded</source>
        <translation>已奖励讨论积分</translation>
    </message>
    <message>
        <source>Deleted by its author.</source>
        <translation>已被作者删除。</translation>
    </message>
    <message>
        <source>Hidden by a moderator: %1</source>
        <translation>已被版主隐藏：%1</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>回复 %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>隐藏…</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>恢复显示</translation>
    </message>
    <message>
        <source>Award discussion points</source>
        <translation>奖励讨论积分</translation>
    </message>
    <message>
        <source>Edit your comment</source>
        <translation>编辑你的评论</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>发表评论</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>编写</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, lists, links, `code`</source>
        <translation>支持 Markdown：**粗体**、*斜体*、列表、链接、`代码`</translation>
    </message>
    <message>
        <source>Comment in Markdown</source>
        <translation>评论（Markdown）</translation>
    </message>
    <message>
        <source>*Nothing to preview yet.*</source>
        <translation>*还没有可预览的内容。*</translation>
    </message>
    <message>
        <source>%L1 / 10,000 · Ctrl+Enter sends</source>
        <translation>%L1 / 10,000 · 按 Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Delete your comment?</source>
        <translation>删除你的评论？</translation>
    </message>
    <message>
        <source>Its text goes, with its earlier versions; its place and its replies stay in the thread.</source>
        <translation>评论内容及其历史版本将被删除；它在讨论中的位置和回复会保留。</translation>
    </message>
    <message>
        <source>Hide %1&apos;s comment?</source>
        <translation>隐藏 %1 的评论？</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Members see the reason in its place; the author and moderators can still read it.</source>
        <translation>成员会看到隐藏理由而不是评论内容；作者和版主仍可阅读原文。</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <source>Why the comment is hidden</source>
        <translation>隐藏评论的理由</translation>
    </message>
    <message numerus="yes">
        <source>%n new since your last visit, marked New</source>
        <translation>
            <numerusform>自你上次查看以来有 %n 条新评论，已标为“新”</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Earlier versions (%L1)</source>
        <translation>早先版本（%L1）</translation>
    </message>
    <message>
        <source>Earlier versions of %1&apos;s comment</source>
        <translation>%1 的评论的早先版本</translation>
    </message>
    <message>
        <source>Read it</source>
        <translation>查看原文</translation>
    </message>
    <message>
        <source>Read %1&apos;s hidden comment</source>
        <translation>查看 %1 被隐藏的评论</translation>
    </message>
    <message>
        <source>%1&apos;s hidden comment</source>
        <translation>%1 被隐藏的评论</translation>
    </message>
    <message>
        <source>Versions of %1&apos;s comment</source>
        <translation>%1 的评论的各个版本</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>当前文本</translation>
    </message>
    <message>
        <source>Version %L1</source>
        <translation>第 %L1 版</translation>
    </message>
</context>
<context>
    <name>EntityStore</name>
    <message>
        <source>The server sent a %1 whose &apos;%2&apos; does not match the change (%3).</source>
        <translation>服务器发送的 %1 中“%2”与该更改不符（%3）。</translation>
    </message>
    <message>
        <source>The server sent a %1 (id %2) of another DAO than the one being synced.</source>
        <translation>服务器发送的 %1（编号 %2）属于另一个 DAO，而不是正在同步的 DAO。</translation>
    </message>
    <message>
        <source>The server sent a %1 (id %2) whose field &apos;%3&apos; has the wrong type.</source>
        <translation>服务器发送的 %1（编号 %2）中字段“%3”的类型错误。</translation>
    </message>
    <message>
        <source>The local cache could not remove a proposal&apos;s votes.</source>
        <translation>本地缓存无法删除提案的投票。</translation>
    </message>
</context>
<context>
    <name>FeedState</name>
    <message>
        <source>The server at this address is not the one this computer synced DAO #%1 with (it was replaced or set up again).</source>
        <translation>此地址上的服务器已不是此计算机同步 DAO #%1 时的那台（它被更换或重新搭建了）。</translation>
    </message>
    <message>
        <source>The server holds less of DAO #%1 than this computer synced from it (it was probably restored from an older backup).</source>
        <translation>服务器上 DAO #%1 的数据比此计算机已同步的还少（它可能是从较旧的备份中恢复的）。</translation>
    </message>
    <message>
        <source>The server&apos;s copy of DAO #%1 no longer matches what this computer synced from it (it was probably restored from a backup or reset).</source>
        <translation>服务器上 DAO #%1 的数据与此计算机已同步的内容不再一致（它可能是从备份恢复或被重置了）。</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>%1开放投票</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>%1结束</translation>
    </message>
    <message>
        <source>voting has ended; awaiting the result</source>
        <translation>投票已结束，等待结果</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>%1 取消</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>%1 结束</translation>
    </message>
</context>
<context>
    <name>HistoryReport</name>
    <message numerus="yes">
        <source>%n proposal(s), exported %1</source>
        <translation>
            <numerusform>%n 个提案，导出于 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者 %1</translation>
    </message>
    <message>
        <source>Voting power</source>
        <translation>投票权</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Participation %1% of eligible voting power; quorum of %2% reached.</source>
        <translation>参与率为有效投票权的 %1%；已达到 %2% 的法定人数。</translation>
    </message>
    <message>
        <source>Participation %1% of eligible voting power; quorum of %2% not reached.</source>
        <translation>参与率为有效投票权的 %1%；未达到 %2% 的法定人数。</translation>
    </message>
    <message>
        <source>No votes.</source>
        <translation>没有投票。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format; use csv, json or pdf.</source>
        <translation>“%1”不是导出格式；请使用 csv、json 或 pdf。</translation>
    </message>
    <message>
        <source>voting has not opened</source>
        <translation>投票尚未开始</translation>
    </message>
    <message>
        <source>voting has not opened; planned from %1</source>
        <translation>投票尚未开始；原定 %1 开始</translation>
    </message>
    <message>
        <source>voting open from %1 until %2</source>
        <translation>投票进行中，%1 至 %2</translation>
    </message>
    <message>
        <source>voting from %1, cancelled on %2 (planned until %3)</source>
        <translation>投票自 %1 开始，于 %2 取消（原定截至 %3）</translation>
    </message>
    <message>
        <source>voting from %1, closed early on %2 (planned until %3)</source>
        <translation>投票自 %1 开始，于 %2 提前结束（原定截至 %3）</translation>
    </message>
    <message>
        <source>voting from %1 to %2</source>
        <translation>投票时间 %1 至 %2</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Voting type: %1</source>
        <translation>投票方式：%1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>%1 (winner)</source>
        <translation>%1（胜出）</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Moderation log</source>
        <translation>管理日志</translation>
    </message>
    <message>
        <source>What moderators and admins of %1 did, newest first. Entries cannot be changed or deleted.</source>
        <translation>%1 的版主和管理员做过的操作，最新的在前。记录不能修改或删除。</translation>
    </message>
    <message>
        <source>Nothing in the log yet</source>
        <translation>日志中还没有记录</translation>
    </message>
    <message>
        <source>Level changes, awards, removals, hidden comments and changes to the DAO&apos;s settings appear here for every member to read.</source>
        <translation>等级变更、积分奖励、移除成员、隐藏评论和 DAO 设置的修改都会记录在这里，所有成员都能查看。</translation>
    </message>
    <message>
        <source>%1, %2. Reason: %3</source>
        <translation>%1，%2。理由：%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
</context>
<context>
    <name>LoginAgainDialog</name>
    <message>
        <source>Log in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <source>The server no longer knows this computer&apos;s session for %1 on %2. Your cached data and waiting changes are kept.</source>
        <translation>服务器 %2 已不再识别此计算机上 %1 的会话。你缓存的数据和待发送的更改都会保留。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Welcome to DAO Desk</source>
        <translation>欢迎使用 DAO Desk</translation>
    </message>
    <message>
        <source>Log in to your DAO&apos;s server. Everything you sync stays readable offline.</source>
        <translation>登录你的 DAO 服务器。同步的所有内容离线时仍可阅读。</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Server address, e.g. https://dao.example.org</source>
        <translation>服务器地址，例如 https://dao.example.org</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>User name: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>用户名：字母、数字、“.”、“_”或“-”</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password, at least 8 characters</source>
        <translation>密码，至少 8 个字符</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Display name (optional)</source>
        <translation>显示名称（可选）</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Invitation code (optional), e.g. TXX9-TSSC-SB2Y-S2TS</source>
        <translation>邀请码（可选），例如 TXX9-TSSC-SB2Y-S2TS</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>邀请码</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>正在创建账户…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>创建账户</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Send this transaction?</source>
        <translation>发送这笔交易？</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
</context>
<context>
    <name>ManagePage</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>版主</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Manage %1</source>
        <translation>管理 %1</translation>
    </message>
    <message>
        <source>How many people may use the code</source>
        <translation>可使用此邀请码的人数</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>邀请码</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Award points to %1</source>
        <translation>向 %1 奖励积分</translation>
    </message>
    <message>
        <source>What the points are for</source>
        <translation>积分的用途</translation>
    </message>
    <message>
        <source>%1 (+%2 reputation)</source>
        <translation>%1（+%2 声誉）</translation>
    </message>
    <message>
        <source>%1 (+%2 contribution)</source>
        <translation>%1（+%2 贡献）</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <source>Reason for the points</source>
        <translation>奖励积分的理由</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>邀请成员</translation>
    </message>
    <message>
        <source>A code for</source>
        <translation>邀请码可供</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s), valid for</source>
        <translation>
            <numerusform>%n 人使用，有效期</numerusform>
        </translation>
    </message>
    <message>
        <source>Days the code stays valid</source>
        <translation>邀请码有效天数</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the code</source>
        <translation>生成邀请码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>声誉</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>投票权</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Award…</source>
        <translation>奖励…</translation>
    </message>
    <message>
        <source>%1, %2, voting power %3</source>
        <translation>%1，%2，投票权 %3</translation>
    </message>
    <message>
        <source>Governance level of %1: %2</source>
        <translation>%1 的治理级别：%2</translation>
    </message>
    <message>
        <source>Change %1&apos;s level?</source>
        <translation>更改 %1 的级别？</translation>
    </message>
    <message>
        <source>%1 becomes an admin (%2 → %3) and can change everyone&apos;s level, including yours.</source>
        <translation>%1 将成为管理员（%2 → %3），可以更改所有人的级别，包括你的。</translation>
    </message>
    <message>
        <source>%1 becomes a moderator (%2 → %3) and can manage proposals and award points.</source>
        <translation>%1 将成为版主（%2 → %3），可以管理提案并奖励积分。</translation>
    </message>
    <message>
        <source>%1 becomes a member (%2 → %3) without moderation rights.</source>
        <translation>%1 将成为成员（%2 → %3），不具备管理权限。</translation>
    </message>
    <message>
        <source>Say what the points are for: the member sees this reason.</source>
        <translation>请说明奖励积分的理由：该成员会看到这条理由。</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (+%2 reputation, +%3 contribution)</source>
        <translation>%1（+%2 声誉，+%3 贡献）</translation>
    </message>
    <message>
        <source>Remove from the DAO…</source>
        <translation>移出 DAO…</translation>
    </message>
    <message>
        <source>Say why: every member reads the reason in the log.</source>
        <translation>请说明原因：所有成员都会在日志中看到。</translation>
    </message>
    <message>
        <source>Remove %1 from the DAO?</source>
        <translation>将 %1 移出 DAO？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>%1 can no longer vote, propose or comment here. Their votes, comments and points stay in the history; an invitation brings them back.</source>
        <translation>%1 将无法再在这里投票、发起提案或评论。其投票、评论和积分仍保留在历史记录中；凭邀请码可以重新加入。</translation>
    </message>
    <message>
        <source>Why the member is removed</source>
        <translation>移出该成员的原因</translation>
    </message>
</context>
<context>
    <name>OnchainPanel</name>
    <message>
        <source>On chain</source>
        <translation>链上</translation>
    </message>
    <message>
        <source>Governor</source>
        <translation>Governor 合约</translation>
    </message>
    <message>
        <source>%1 on chain %2</source>
        <translation>%1（链 %2）</translation>
    </message>
    <message>
        <source>Proposal id</source>
        <translation>提案编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 代币</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Read at block %1</source>
        <translation>读取于区块 %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reason for your on-chain vote (optional)</source>
        <translation>链上投票理由（可选）</translation>
    </message>
    <message>
        <source>Reason for your on-chain vote</source>
        <translation>链上投票理由</translation>
    </message>
    <message>
        <source>Vote for on chain…</source>
        <translation>在链上投赞成…</translation>
    </message>
    <message>
        <source>Vote against on chain…</source>
        <translation>在链上投反对…</translation>
    </message>
    <message>
        <source>Abstain on chain…</source>
        <translation>在链上弃权…</translation>
    </message>
    <message>
        <source>Add a wallet account on the Wallet page to vote on chain.</source>
        <translation>请先在“钱包”页面添加账户，才能在链上投票。</translation>
    </message>
    <message>
        <source>Governor address</source>
        <translation>Governor 地址</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>链 ID</translation>
    </message>
    <message>
        <source>decimal, from the Governor</source>
        <translation>十进制，来自 Governor</translation>
    </message>
    <message>
        <source>On-chain proposal id</source>
        <translation>链上提案编号</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>解除关联</translation>
    </message>
    <message>
        <source>Create on chain…</source>
        <translation>在链上创建…</translation>
    </message>
    <message>
        <source>Not linked to a Governor proposal yet. Create it on the DAO&apos;s Governor from your wallet (a transaction, with a fee), or link one that already exists there.</source>
        <translation>尚未关联 Governor 提案。你可以用钱包在本 DAO 的 Governor 合约上创建它（这是一笔交易，需要支付手续费），或关联一个已存在的链上提案。</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Signed out: changes are sent once you log in again.</source>
        <translation>未登录：重新登录后将发送更改。</translation>
    </message>
    <message>
        <source>Offline: changes are sent when the server is back.</source>
        <translation>离线：服务器恢复后将发送更改。</translation>
    </message>
    <message>
        <source>Changes are sent as soon as the server answers.</source>
        <translation>服务器一有响应就会发送更改。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>已尝试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>上次尝试：%1</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>没有待发送的内容。</translation>
    </message>
    <message>
        <source>Votes and other changes made offline wait here until the server has them.</source>
        <translation>离线时的投票和其他更改会暂存在这里，直到服务器收到为止。</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Not a member of this DAO</source>
        <translation>不是此 DAO 的成员</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>声誉</translation>
    </message>
    <message>
        <source>Contribution points</source>
        <translation>贡献积分</translation>
    </message>
    <message>
        <source>Governance level</source>
        <translation>治理级别</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>版主</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Voting power</source>
        <translation>投票权</translation>
    </message>
    <message>
        <source>Voting power = 1 + reputation / 100 + contribution / 200 = 1 + %1 + %2 = %3</source>
        <translation>投票权 = 1 + 声誉 / 100 + 贡献 / 200 = 1 + %1 + %2 = %3</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>%1: reputation %2, contribution %3 — %4</source>
        <translation>%1：声誉 %2，贡献 %3 — %4</translation>
    </message>
    <message>
        <source>Points over time</source>
        <translation>积分变化</translation>
    </message>
    <message>
        <source>Reputation and contribution points over time</source>
        <translation>声誉和贡献积分随时间的变化</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Leave %1?</source>
        <translation>退出 %1？</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>You will no longer vote, propose or comment here. Your votes, comments and points stay in its history. To come back, you need a new invitation.</source>
        <translation>退出后你将无法再在这里投票、发起提案或评论。你的投票、评论和积分仍保留在它的历史记录中。若要重新加入，需要新的邀请码。</translation>
    </message>
    <message>
        <source>Leave this DAO…</source>
        <translation>退出此 DAO…</translation>
    </message>
    <message>
        <source>Leave %1</source>
        <translation>退出 %1</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Voting opens %1</source>
        <translation>投票于 %1 开始</translation>
    </message>
    <message>
        <source>Voting ends %1</source>
        <translation>投票于 %1 结束</translation>
    </message>
    <message>
        <source>Voting ended %1</source>
        <translation>投票已于 %1 结束</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n 票</numerusform>
        </translation>
    </message>
    <message>
        <source>Your vote waits</source>
        <translation>你的投票待发送</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>你：%1</translation>
    </message>
    <message>
        <source>You voted</source>
        <translation>你已投票</translation>
    </message>
    <message>
        <source>Ended in a tie</source>
        <translation>以平局结束</translation>
    </message>
    <message>
        <source>Tied so far</source>
        <translation>目前打平</translation>
    </message>
    <message>
        <source>%1 leads (%2 %)</source>
        <translation>%1 领先（%2 %）</translation>
    </message>
    <message>
        <source>Chosen: %1 (%2 %)</source>
        <translation>胜出：%1（%2 %）</translation>
    </message>
    <message>
        <source>Most support: %1 (%2 %)</source>
        <translation>支持最多：%1（%2 %）</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>Edit draft #%1</source>
        <translation>编辑草稿 #%1</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>新提案</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>提交提案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Proposal title</source>
        <translation>提案标题</translation>
    </message>
    <message>
        <source>Voting opens in</source>
        <translation>投票开始于</translation>
    </message>
    <message>
        <source>Hours until voting opens</source>
        <translation>距投票开始的小时数</translation>
    </message>
    <message>
        <source>hours,</source>
        <translation>小时后，</translation>
    </message>
    <message>
        <source>lasts</source>
        <translation>持续</translation>
    </message>
    <message>
        <source>Days of voting</source>
        <translation>投票天数</translation>
    </message>
    <message>
        <source>days, with a quorum of</source>
        <translation>天，法定人数为</translation>
    </message>
    <message>
        <source>Quorum in percent</source>
        <translation>法定人数百分比</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Voting opens as soon as the server has the proposal.</source>
        <translation>服务器收到提案后立即开始投票。</translation>
    </message>
    <message>
        <source>The proposal stays a draft, still editable, until voting opens.</source>
        <translation>投票开始前，提案保持为草稿，仍可编辑。</translation>
    </message>
    <message>
        <source>What you propose and why, in Markdown</source>
        <translation>你的提议及理由（Markdown 格式）</translation>
    </message>
    <message>
        <source>Proposal text in Markdown</source>
        <translation>Markdown 格式的提案正文</translation>
    </message>
    <message>
        <source>*The preview appears here.*</source>
        <translation>*预览将显示在这里。*</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Voting type</source>
        <translation>投票方式</translation>
    </message>
    <message>
        <source>The choices, one per line (2 to 50)</source>
        <translation>选项，每行一个（2 到 50 个）</translation>
    </message>
    <message>
        <source>Choices, one per line</source>
        <translation>选项，每行一个</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <source>Choose a proposal to read it.</source>
        <translation>选择一个提案进行阅读。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Cancel proposal…</source>
        <translation>取消提案…</translation>
    </message>
    <message>
        <source>Close voting now…</source>
        <translation>立即结束投票…</translation>
    </message>
    <message>
        <source>Mark executed…</source>
        <translation>标记为已执行…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The server&apos;s count agrees with this tally.</source>
        <translation>服务器的计票与此统计一致。</translation>
    </message>
    <message>
        <source>The server&apos;s count differs from this tally; sync to bring in the missing votes.</source>
        <translation>服务器的计票与此统计不一致；请同步以获取缺少的投票。</translation>
    </message>
    <message>
        <source>Change the proposal</source>
        <translation>更改提案</translation>
    </message>
    <message>
        <source>No votes yet.</source>
        <translation>还没有投票。</translation>
    </message>
    <message>
        <source>Use the list on the left, or the arrow keys once it has focus.</source>
        <translation>使用左侧列表，或在列表获得焦点后使用方向键。</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>全部提案</translation>
    </message>
    <message>
        <source>by %1 · created %2</source>
        <translation>作者 %1 · 创建于 %2</translation>
    </message>
    <message>
        <source>Voting opens %1 (%2) and ends %3.</source>
        <translation>投票将于 %1（%2）开始，%3 结束。</translation>
    </message>
    <message>
        <source>Voting opened %1 and ends %2 (%3).</source>
        <translation>投票已于 %1 开始，将于 %2（%3）结束。</translation>
    </message>
    <message>
        <source>Voting opened %1; cancelled %2.</source>
        <translation>投票于 %1 开始；已于 %2 取消。</translation>
    </message>
    <message>
        <source>Voting opened %1 and ended %2.</source>
        <translation>投票于 %1 开始，已于 %2 结束。</translation>
    </message>
    <message>
        <source>Cancel “%1”? Votes already cast stay recorded, and it can no longer pass.</source>
        <translation>取消“%1”？已投的票仍会保留记录，但该提案将无法再通过。</translation>
    </message>
    <message>
        <source>Close voting on “%1” now and decide it with the votes cast so far?</source>
        <translation>立即结束“%1”的投票，并按目前已投的票决定结果？</translation>
    </message>
    <message>
        <source>Record that “%1” has been carried out?</source>
        <translation>将“%1”记录为已执行？</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. It shows here once the server has it.</source>
        <translation>等待发送：%1。服务器收到后将显示在这里。</translation>
    </message>
    <message>
        <source>Rejected: no outweighed yes.</source>
        <translation>未通过：反对票多于赞成票。</translation>
    </message>
    <message>
        <source>Rejected: the quorum of %1 % was not reached, whatever the votes said.</source>
        <translation>未通过：未达到 %1% 的法定人数，无论投票结果如何。</translation>
    </message>
    <message>
        <source>Passed: the quorum was reached and yes outweighed no.</source>
        <translation>已通过：达到法定人数，且赞成票多于反对票。</translation>
    </message>
    <message>
        <source>So far short of the quorum of %1 %: it would be rejected if voting ended now.</source>
        <translation>目前尚未达到 %1% 的法定人数：如果现在结束投票，提案将不会通过。</translation>
    </message>
    <message>
        <source>So far it would pass.</source>
        <translation>按目前情况，提案将会通过。</translation>
    </message>
    <message>
        <source>So far it would be rejected: no outweighs yes.</source>
        <translation>按目前情况，提案将不会通过：反对票多于赞成票。</translation>
    </message>
    <message>
        <source>Votes (%1)</source>
        <comment>the table of the votes cast</comment>
        <translation>投票记录（%1）</translation>
    </message>
    <message>
        <source>Votes appear here once voting opens.</source>
        <translation>投票开始后，投票记录将显示在这里。</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Rejected: no choice came out ahead.</source>
        <translation>未通过：没有选项胜出。</translation>
    </message>
    <message>
        <source>Passed: the quorum was reached and “%1” won.</source>
        <translation>已通过：达到法定人数，“%1”胜出。</translation>
    </message>
    <message>
        <source>So far “%1” leads, and it would pass.</source>
        <translation>目前“%1”领先，提案将会通过。</translation>
    </message>
    <message>
        <source>So far no choice is ahead: it would be rejected.</source>
        <translation>目前没有选项领先：提案将不会通过。</translation>
    </message>
    <message>
        <source>%1. Participation %2 % of %3 voting power; quorum %4 %.</source>
        <translation>%1。参与率为总投票权 %3 的 %2%；法定人数 %4%。</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Search proposals</source>
        <translation>搜索提案</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Open for voting</source>
        <translation>投票中</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not yet voted</source>
        <translation>尚未投票</translation>
    </message>
    <message>
        <source>No proposals here.</source>
        <translation>这里没有提案。</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>新提案</translation>
    </message>
    <message>
        <source>Write a new proposal (Ctrl+N)</source>
        <translation>撰写新提案（Ctrl+N）</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>结果筛选</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Export the history shown</source>
        <translation>导出当前显示的历史</translation>
    </message>
    <message>
        <source>As CSV (spreadsheet)…</source>
        <translation>导出为 CSV（电子表格）…</translation>
    </message>
    <message>
        <source>As PDF (report)…</source>
        <translation>导出为 PDF（报告）…</translation>
    </message>
    <message>
        <source>Voting ended on or after</source>
        <translation>投票结束不早于</translation>
    </message>
    <message>
        <source>Voting ended on or before</source>
        <translation>投票结束不晚于</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Export the history as PDF</source>
        <translation>将历史导出为 PDF</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>将历史导出为 CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n 个提案</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Search the history (Ctrl+F)</source>
        <translation>搜索历史（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search titles, bodies and reasons (Ctrl+F)</source>
        <translation>搜索标题、正文和理由（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Ended from</source>
        <translation>结束时间从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Closed proposals</source>
        <translation>已结束的提案</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>No closed proposals yet.</source>
        <translation>还没有已结束的提案。</translation>
    </message>
    <message>
        <source>Search looks in titles, bodies and the reasons given with votes.</source>
        <translation>搜索范围包括标题、正文和投票理由。</translation>
    </message>
    <message>
        <source>Proposals appear here once voting on them has ended.</source>
        <translation>提案投票结束后会显示在这里。</translation>
    </message>
    <message>
        <source>Write the first one with New.</source>
        <translation>点击“新建”撰写第一个提案。</translation>
    </message>
</context>
<context>
    <name>ResultBars</name>
    <message>
        <source>Result: yes %1%, no %2%, abstain %3% of the voting power cast</source>
        <translation>结果：在已投出的投票权中，赞成 %1%，反对 %2%，弃权 %3%</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>还没有投票</translation>
    </message>
    <message>
        <source>No votes yet.</source>
        <translation>还没有投票。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>No</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message numerus="yes">
        <source>%1 voting power · %n vote(s)</source>
        <translation>
            <numerusform>投票权 %1 · %n 票</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Participation %1 % of %2 eligible voting power; quorum %3 %</source>
        <translation>参与率 %1%（有效投票权共 %2）；法定人数 %3%</translation>
    </message>
    <message>
        <source>Participation is counted once voting opens; quorum %1 %</source>
        <translation>投票开始后统计参与率；法定人数 %1%</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>同步间隔</translation>
    </message>
    <message>
        <source>Sync interval in seconds</source>
        <translation>同步间隔（秒）</translation>
    </message>
    <message>
        <source>Join another DAO</source>
        <translation>加入其他 DAO</translation>
    </message>
    <message>
        <source>Invitation code, e.g. TXX9-TSSC-SB2Y-S2TS</source>
        <translation>邀请码，例如 TXX9-TSSC-SB2Y-S2TS</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>邀请码</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>正在加入…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation>本地缓存</translation>
    </message>
    <message>
        <source>If DAO Desk reports that its local cache is damaged, repair it: what the server holds is downloaded again, and changes waiting to be sent and your wallet accounts are kept.</source>
        <translation>如果 DAO Desk 提示本地缓存已损坏，请修复它：服务器上的数据会重新下载，尚未发送的更改和你的钱包账户都会保留。</translation>
    </message>
    <message>
        <source>Repair the cache</source>
        <translation>修复缓存</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>已以 %1 身份登录到 %2</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>0 syncs only when you ask (F5). Everything synced stays readable, searchable and exportable offline.</source>
        <translation>设为 0 则仅在你手动请求时同步（F5）。所有已同步的内容离线时仍可阅读、搜索和导出。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Logging out ends the session on this computer. The cache stays, so logging in again is quick; changes still waiting to be sent are sent then.</source>
        <translation>退出登录会结束此计算机上的会话。缓存会保留，因此重新登录很快；届时会发送仍在等待的更改。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Voting opened on a proposal</source>
        <translation>有提案开始投票</translation>
    </message>
    <message>
        <source>Voting closes within a day and I have not voted</source>
        <translation>投票将在一天内截止而我还没投</translation>
    </message>
    <message>
        <source>The server refused a change I queued</source>
        <translation>服务器拒绝了我排队提交的更改</translation>
    </message>
    <message>
        <source>A proposal I voted on was decided</source>
        <translation>我投过票的提案有了结果</translation>
    </message>
    <message>
        <source>I was awarded points</source>
        <translation>我获得了积分奖励</translation>
    </message>
    <message>
        <source>Someone replied to my comment</source>
        <translation>有人回复了我的评论</translation>
    </message>
    <message>
        <source>After each sync DAO Desk tells you, through the desktop&apos;s notifications, what arrived, also while you were offline. Tell me when:</source>
        <translation>每次同步后，DAO Desk 会通过桌面通知告诉你有哪些新动态，离线期间到达的也不会漏掉。在以下情况通知我：</translation>
    </message>
    <message>
        <source>Keep syncing in the tray when the window is closed</source>
        <translation>关闭窗口后在托盘中继续同步</translation>
    </message>
    <message>
        <source>This desktop has no tray, so DAO Desk syncs and notifies only while its window is open.</source>
        <translation>此桌面没有系统托盘，因此 DAO Desk 只在窗口打开时同步和发送通知。</translation>
    </message>
</context>
<context>
    <name>SortHeaderButton</name>
    <message>
        <source>%1, sorted descending</source>
        <translation>%1，降序排列</translation>
    </message>
    <message>
        <source>%1, sorted ascending</source>
        <translation>%1，升序排列</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>投票中</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>no</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>created here</source>
        <translation>在此创建</translation>
    </message>
    <message>
        <source>imported private key</source>
        <translation>导入的私钥</translation>
    </message>
    <message>
        <source>from a recovery phrase</source>
        <translation>来自助记词</translation>
    </message>
    <message>
        <source>from a keystore file</source>
        <translation>来自 keystore 文件</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>No</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>For, against, abstain</source>
        <translation>赞成、反对、弃权</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Approval (any number of choices)</source>
        <translation>认可投票（可选多项）</translation>
    </message>
    <message>
        <source>Weighted (share your power)</source>
        <translation>加权投票（分配投票权）</translation>
    </message>
    <message>
        <source>Quadratic</source>
        <translation>二次方投票</translation>
    </message>
    <message>
        <source>Ranked choice (instant runoff)</source>
        <translation>排序投票（即时决选）</translation>
    </message>
    <message>
        <source>Ranked, pairwise (Copeland)</source>
        <translation>排序投票，两两比较（Copeland）</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The server sent a sync page DAO Desk cannot read; the cache was left as it was. Try again later.</source>
        <translation>服务器发送了 DAO Desk 无法读取的同步页面；缓存保持原样。请稍后重试。</translation>
    </message>
    <message>
        <source>The server sent a change DAO Desk cannot read; the cache was left as it was.</source>
        <translation>服务器发送了 DAO Desk 无法读取的更改；缓存保持原样。</translation>
    </message>
</context>
<context>
    <name>TallyFile</name>
    <message>
        <source>the file records %1 scores for %2 choices</source>
        <translation>文件为 %2 个选项记录了 %1 个得分</translation>
    </message>
    <message>
        <source>choice %1 scores %2, the file records %3</source>
        <translation>选项 %1 得分为 %2，文件记录为 %3</translation>
    </message>
    <message>
        <source>scores_total is %1, the file records %2</source>
        <translation>scores_total 为 %1，文件记录为 %2</translation>
    </message>
    <message>
        <source>no winner</source>
        <translation>无胜出选项</translation>
    </message>
    <message>
        <source>the winner is %1, the file records %2</source>
        <translation>胜出选项为 %1，文件记录为 %2</translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at byte %2).</source>
        <translation>该文件不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The file has no &quot;proposals&quot; array; see docs/cli.md for its form.</source>
        <translation>文件中没有 &quot;proposals&quot; 数组；格式见 docs/cli.md。</translation>
    </message>
    <message>
        <source>proposals[%1]</source>
        <translation>proposals[%1]</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a voting type (%3).</source>
        <translation>%1：&quot;%2&quot; 不是有效的投票类型（可用：%3）。</translation>
    </message>
    <message>
        <source>%1: a %2 proposal needs its &quot;choices&quot;.</source>
        <translation>%1：%2 类型的提案需要提供 &quot;choices&quot;。</translation>
    </message>
    <message>
        <source>%1.votes[%2]: voting_power must be a number of zero or more.</source>
        <translation>%1.votes[%2]：voting_power 必须是大于或等于零的数。</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>VoteRow</name>
    <message>
        <source>%1 voted %2 with %3</source>
        <translation>%1 以 %3 投票权投了%2</translation>
    </message>
    <message>
        <source>✔ Signed by %1; the signature checks out.</source>
        <translation>✔ 由 %1 签名；签名验证通过。</translation>
    </message>
    <message>
        <source>✘ The signature does not match this vote.</source>
        <translation>✘ 签名与此投票不符。</translation>
    </message>
</context>
<context>
    <name>VoteTableHeader</name>
    <message>
        <source>Voter</source>
        <translation>投票人</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>投票权</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>VotingCard</name>
    <message>
        <source>Your vote</source>
        <translation>你的投票</translation>
    </message>
    <message>
        <source>Voting is not open yet: it opens %1 (%2).</source>
        <translation>投票尚未开始：将于 %1（%2）开始。</translation>
    </message>
    <message>
        <source>Voting is not open yet.</source>
        <translation>投票尚未开始。</translation>
    </message>
    <message>
        <source>Voting ended %1; the result is decided at the server&apos;s next check.</source>
        <translation>投票已于 %1 结束；结果将在服务器下次检查时确定。</translation>
    </message>
    <message>
        <source>This proposal was cancelled %1; it can no longer pass.</source>
        <translation>此提案已于 %1 取消，无法再通过。</translation>
    </message>
    <message>
        <source>Voting ended %1.</source>
        <translation>投票已于 %1 结束。</translation>
    </message>
    <message>
        <source>You joined after voting opened (%1), so this proposal is decided by the members who were in the DAO then.</source>
        <translation>你在投票开始（%1）之后才加入，因此此提案由当时已在 DAO 中的成员决定。</translation>
    </message>
    <message>
        <source>You are not a member of this proposal&apos;s DAO.</source>
        <translation>你不是此提案所属 DAO 的成员。</translation>
    </message>
    <message>
        <source>You vote with %1 voting power. Voting ends %2 (%3).</source>
        <translation>你的投票权为 %1。投票将于 %2（%3）结束。</translation>
    </message>
    <message>
        <source>Your vote waits in the outbox and is sent when the server can be reached.</source>
        <translation>你的投票在发件箱中等待，将在能连接服务器时发送。</translation>
    </message>
    <message>
        <source>You voted %1, signed with your wallet, %2.</source>
        <translation>你于 %2 投了%1，并已用钱包签名。</translation>
    </message>
    <message>
        <source>You voted %1, %2.</source>
        <translation>你于 %2 投了%1。</translation>
    </message>
    <message>
        <source>Your reason: %1</source>
        <translation>你的理由：%1</translation>
    </message>
    <message>
        <source>You can change your vote until voting ends %1.</source>
        <translation>在投票结束（%1）之前，你都可以更改投票。</translation>
    </message>
    <message>
        <source>Reason (optional, public)</source>
        <translation>理由（可选，公开）</translation>
    </message>
    <message>
        <source>Reason for your vote</source>
        <translation>投票理由</translation>
    </message>
    <message>
        <source>Sign with my wallet (%1)</source>
        <translation>用我的钱包签名（%1）</translation>
    </message>
    <message>
        <source>Sign with my wallet: link this account to the DAO on the Wallet page first</source>
        <translation>用我的钱包签名：请先在“钱包”页面将此账户关联到该 DAO</translation>
    </message>
    <message>
        <source>%1 (your vote)</source>
        <translation>%1（你的投票）</translation>
    </message>
    <message>
        <source>Open voting now…</source>
        <translation>立即开放投票…</translation>
    </message>
    <message>
        <source>Confirm your vote</source>
        <translation>确认投票</translation>
    </message>
    <message>
        <source>Change your vote on “%1”: %2 → %3</source>
        <translation>更改你对“%1”的投票：%2 → %3</translation>
    </message>
    <message>
        <source>Vote %1 on “%2”</source>
        <translation>对“%2”投%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>未填写理由。</translation>
    </message>
    <message>
        <source>Your voting power: %1</source>
        <translation>你的投票权：%1</translation>
    </message>
    <message>
        <source>Signed with your wallet, so anyone can check it.</source>
        <translation>已用你的钱包签名，任何人都可以核验。</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>未签名。</translation>
    </message>
    <message>
        <source>It is sent to the server now.</source>
        <translation>投票将立即发送到服务器。</translation>
    </message>
    <message>
        <source>You are offline: the vote waits in the outbox and is sent when the server can be reached.</source>
        <translation>你当前处于离线状态：投票将在发件箱中等待，能连接服务器时发送。</translation>
    </message>
    <message>
        <source>Open voting now?</source>
        <translation>立即开放投票？</translation>
    </message>
    <message>
        <source>Voting on “%1” opens now and lasts as long as planned. The draft can no longer be edited.</source>
        <translation>“%1”的投票将立即开始，并按计划的时长进行。草稿将无法再编辑。</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>已投票</translation>
    </message>
    <message>
        <source>Review vote…</source>
        <translation>检查投票…</translation>
    </message>
    <message>
        <source>Make your choice first.</source>
        <translation>请先做出选择。</translation>
    </message>
    <message>
        <source>Your vote on “%1”</source>
        <translation>你对“%1”的投票</translation>
    </message>
    <message>
        <source>Counted as: %1</source>
        <translation>将计为：%1</translation>
    </message>
    <message>
        <source>It replaces your vote: %1</source>
        <translation>它将替换你之前的投票：%1</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Ethereum node</source>
        <translation>以太坊节点</translation>
    </message>
    <message>
        <source>Ethereum node address</source>
        <translation>以太坊节点地址</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Name for a new account (optional)</source>
        <translation>新账户名称（可选）</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>If no keychain answers, keep new keys in memory until DAO Desk closes</source>
        <translation>若钥匙串无响应，新密钥仅保存在内存中，直到 DAO Desk 关闭</translation>
    </message>
    <message>
        <source>Active account</source>
        <translation>当前账户</translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation>地址二维码</translation>
    </message>
    <message>
        <source>Balance: %1 ETH</source>
        <translation>余额：%1 ETH</translation>
    </message>
    <message>
        <source>Balance not read yet</source>
        <translation>尚未读取余额</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Your membership of %1 is linked to another address, %2.</source>
        <translation>你在 %1 的成员身份关联的是另一个地址 %2。</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>关联到 %1</translation>
    </message>
    <message>
        <source>Delegate token votes</source>
        <translation>委托代币投票权</translation>
    </message>
    <message>
        <source>Governor contract address</source>
        <translation>Governor 合约地址</translation>
    </message>
    <message>
        <source>Delegate to (empty: yourself)</source>
        <translation>委托给（留空：自己）</translation>
    </message>
    <message>
        <source>Delegate to</source>
        <translation>委托给</translation>
    </message>
    <message>
        <source>Delegate…</source>
        <translation>委托…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>No transactions sent from here yet.</source>
        <translation>尚未从这里发送过交易。</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>Import an account</source>
        <translation>导入账户</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Recovery phrase (BIP-39)</source>
        <translation>助记词（BIP-39）</translation>
    </message>
    <message>
        <source>Keystore file (JSON)</source>
        <translation>Keystore 文件（JSON）</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>名称（可选）</translation>
    </message>
    <message>
        <source>64 hex digits</source>
        <translation>64 位十六进制数字</translation>
    </message>
    <message>
        <source>12 to 24 words</source>
        <translation>12 至 24 个单词</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>Passphrase (optional)</source>
        <translation>密码短语（可选）</translation>
    </message>
    <message>
        <source>BIP-39 passphrase</source>
        <translation>BIP-39 密码短语</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账户序号</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>Keystore 密码</translation>
    </message>
    <message>
        <source>Choose a keystore file</source>
        <translation>选择 keystore 文件</translation>
    </message>
    <message>
        <source>Keystore files (*.json *)</source>
        <translation>Keystore 文件 (*.json *)</translation>
    </message>
    <message>
        <source>Password, at least 8 characters</source>
        <translation>密码，至少 8 个字符</translation>
    </message>
    <message>
        <source>Save the keystore file</source>
        <translation>保存 keystore 文件</translation>
    </message>
    <message>
        <source>Voting needs no wallet. With one you can sign your votes so anyone can check them, and vote on chain.</source>
        <translation>投票不需要钱包。有了钱包，你可以为投票签名，让任何人都能验证，还可以在链上投票。</translation>
    </message>
    <message>
        <source>An account is a key pair: its address is public, its private key signs. Keys stay in this computer&apos;s keychain and are never sent anywhere, not even to the DAO&apos;s server.</source>
        <translation>账户就是一对密钥：地址是公开的，私钥用于签名。私钥保存在这台计算机的钥匙串中，绝不会发送到任何地方，连 DAO 的服务器也不会。</translation>
    </message>
    <message>
        <source>No accounts yet: create one, or import one you already have.</source>
        <translation>还没有账户：新建一个，或导入你已有的账户。</translation>
    </message>
    <message>
        <source>Sign with this account</source>
        <translation>用此账户签名</translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>未备份</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>仅限本次会话</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Linked to your membership of %1: your votes there are signed with it, and anyone can check them.</source>
        <translation>已关联到你在 %1 的成员身份：你在那里的投票会用它签名，任何人都能验证。</translation>
    </message>
    <message>
        <source>Not linked to your membership of %1. Linking proves to the server that this address is yours (you sign a message; nothing is paid), so your votes can be signed with it.</source>
        <translation>尚未关联到你在 %1 的成员身份。关联会向服务器证明此地址属于你（只需签名一条消息，无需付费），之后你的投票就可以用它签名。</translation>
    </message>
    <message>
        <source>On-chain voting in %1</source>
        <translation>%1 的链上投票</translation>
    </message>
    <message>
        <source>Some DAOs also count votes on an Ethereum chain, in a Governor contract where governance tokens are the votes. Your DAO&apos;s admins can tell you its node and Governor address. Leave both empty if %1 votes only here.</source>
        <translation>有些 DAO 还会在以太坊链上的 Governor 合约中计票，以治理代币作为票数。节点和 Governor 地址可以向你的 DAO 管理员询问。如果 %1 只在这里投票，两项都留空即可。</translation>
    </message>
    <message>
        <source>The JSON-RPC address of a node of the DAO&apos;s chain</source>
        <translation>DAO 所在链的节点的 JSON-RPC 地址</translation>
    </message>
    <message>
        <source>Governor contract</source>
        <translation>Governor 合约</translation>
    </message>
    <message>
        <source>0x and 40 hex digits</source>
        <translation>0x 加 40 位十六进制数字</translation>
    </message>
    <message>
        <source>Governance tokens count as votes only once delegated: to yourself, to vote with them, or to someone you trust to vote for you. Delegating is a transaction: it costs a small fee, and you can change it at any time.</source>
        <translation>治理代币只有委托之后才算作票数：委托给自己，由自己投票；或委托给你信任的人，由对方代你投票。委托是一笔交易，需要少量手续费，之后可以随时更改。</translation>
    </message>
    <message>
        <source>Back up your new key</source>
        <translation>备份你的新私钥</translation>
    </message>
    <message>
        <source>Export the key of %1</source>
        <translation>导出 %1 的私钥</translation>
    </message>
    <message>
        <source>The new key exists only in this computer&apos;s keychain. If the computer is lost or the keychain reset, so is the account, and nobody can restore it. Save a copy now, encrypted with a password, somewhere other than this computer.</source>
        <translation>新私钥目前只保存在这台计算机的钥匙串中。一旦计算机丢失或钥匙串被重置，这个账户也就丢了，谁也无法恢复。请现在保存一份用密码加密的副本，并存放在这台计算机以外的地方。</translation>
    </message>
    <message>
        <source>The key is saved as a keystore file (the Web3 Secret Storage format other wallets open), encrypted with this password. Anyone with both the file and the password controls the account, so keep them apart.</source>
        <translation>私钥会保存为 keystore 文件（其他钱包也能打开的 Web3 Secret Storage 格式），并用此密码加密。同时拿到文件和密码的人就能控制这个账户，所以请将两者分开保管。</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>再次输入同一密码</translation>
    </message>
    <message>
        <source>Keystore password, again</source>
        <translation>再次输入 keystore 密码</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Keystore files (*.json)</source>
        <translation>Keystore 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>daodesk::AccountSession</name>
    <message>
        <source>Log in again to sync; the cached data stays readable.</source>
        <translation>请重新登录以同步；缓存的数据仍可阅读。</translation>
    </message>
    <message>
        <source>Log in to the server to accept an invitation.</source>
        <translation>请登录服务器以接受邀请。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the invitation cannot be read.</source>
        <translation>无法读取服务器对邀请的应答。</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>你已加入 %1。</translation>
    </message>
</context>
<context>
    <name>daodesk::ApiClient</name>
    <message>
        <source>The server&apos;s answer was cut off or is not valid JSON (%1). Try again; if it persists, the server needs attention.</source>
        <translation>服务器的应答被截断或不是有效的 JSON（%1）。请重试；如果问题持续，服务器需要检查。</translation>
    </message>
    <message>
        <source>The server sent an answer larger than %1 MiB, which DAO Desk does not accept. Check the server address.</source>
        <translation>服务器发送的应答超过 %1 MiB，DAO Desk 不予接受。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so DAO Desk did not connect: %1</source>
        <translation>无法验证服务器证书，因此 DAO Desk 未连接：%1</translation>
    </message>
    <message>
        <source>The server address &apos;%1&apos; is not an http or https address.</source>
        <translation>服务器地址“%1”不是 http 或 https 地址。</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached. You are working offline; changes are kept and sent when it is back.</source>
        <translation>无法连接位于 %1 的服务器。你正在离线工作；更改会被保留，并在服务器恢复后发送。</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the whole answer arrived. Try again.</source>
        <translation>与 %1 的连接在应答完整到达前中断。请重试。</translation>
    </message>
    <message>
        <source>The server sent &apos;%1&apos; instead of data. Check the server address.</source>
        <translation>服务器发送了“%1”而不是数据。请检查服务器地址。</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>你的会话已结束。请重新登录。</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1): %2</source>
        <translation>服务器出错（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP %1). Try again later.</source>
        <translation>服务器不可用（HTTP %1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1) without saying why. Check the server address.</source>
        <translation>服务器拒绝了请求（HTTP %1），且未说明原因。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The server refused this (HTTP %1): %2</source>
        <translation>服务器拒绝了此操作（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>The server stopped answering for %1 seconds. Try again later.</source>
        <translation>服务器已有 %1 秒没有响应。请稍后重试。</translation>
    </message>
    <message>
        <source>Too many requests; try again in %1 s.</source>
        <translation>请求过于频繁，请 %1 秒后再试。</translation>
    </message>
    <message>
        <source>Too many requests; wait a moment and try again.</source>
        <translation>请求过于频繁，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>daodesk::ChainLedger</name>
    <message>
        <source>Could not write to the cache: %1</source>
        <translation>无法写入缓存：%1</translation>
    </message>
</context>
<context>
    <name>daodesk::ChainRequest</name>
    <message>
        <source>Vote for proposal #%1 on chain</source>
        <translation>在链上对提案 #%1 投赞成</translation>
    </message>
    <message>
        <source>Vote against proposal #%1 on chain</source>
        <translation>在链上对提案 #%1 投反对</translation>
    </message>
    <message>
        <source>Abstain on proposal #%1 on chain</source>
        <translation>在链上对提案 #%1 弃权</translation>
    </message>
    <message>
        <source>Delegate token voting power to %1</source>
        <translation>将代币投票权委托给 %1</translation>
    </message>
    <message>
        <source>Create proposal #%1 on chain</source>
        <translation>在链上创建提案 #%1</translation>
    </message>
    <message>
        <source>Gas up to %1; fee up to %2 ETH (base fee %3 gwei).</source>
        <translation>Gas 上限 %1；手续费最多 %2 ETH（基础费用 %3 gwei）。</translation>
    </message>
</context>
<context>
    <name>daodesk::ChainService</name>
    <message>
        <source>Add a wallet account first, on the Wallet page.</source>
        <translation>请先在“钱包”页面添加钱包账户。</translation>
    </message>
    <message>
        <source>Another transaction is being prepared or sent; wait for it.</source>
        <translation>另一笔交易正在准备或发送中，请稍候。</translation>
    </message>
    <message>
        <source>The transaction could not be signed.</source>
        <translation>无法为该交易签名。</translation>
    </message>
    <message>
        <source>The transaction was mined in block %1 but reverted; nothing changed.</source>
        <translation>该交易已在区块 %1 中打包但被回滚，没有任何改变。</translation>
    </message>
    <message>
        <source>Enter the Ethereum node&apos;s address on the Wallet page first.</source>
        <translation>请先在“钱包”页面填写以太坊节点地址。</translation>
    </message>
</context>
<context>
    <name>daodesk::ClientLocations</name>
    <message>
        <source>Moved the settings from %1 to %2.</source>
        <translation>已将设置从 %1 移到 %2。</translation>
    </message>
    <message>
        <source>Could not move the settings from %1 to %2; they stay where they are and are read from there.</source>
        <translation>无法将设置从 %1 移到 %2；设置仍留在原处，并从那里读取。</translation>
    </message>
</context>
<context>
    <name>daodesk::CommentReader</name>
    <message>
        <source>Earlier texts are kept on the server, which cannot be reached now: %1</source>
        <translation>早先的文本保存在服务器上，但现在无法连接服务器：%1</translation>
    </message>
    <message>
        <source>The server keeps no text of this comment: its author deleted it.</source>
        <translation>服务器上已没有这条评论的文本：作者已将其删除。</translation>
    </message>
</context>
<context>
    <name>daodesk::DaoChainSettings</name>
    <message>
        <source>The Ethereum node&apos;s address is an http:// or https:// address, such as http://127.0.0.1:8545.</source>
        <translation>以太坊节点地址应以 http:// 或 https:// 开头，例如 http://127.0.0.1:8545。</translation>
    </message>
    <message>
        <source>A Governor contract&apos;s address is 0x and 40 hex digits.</source>
        <translation>Governor 合约地址应为 0x 加 40 位十六进制数字。</translation>
    </message>
</context>
<context>
    <name>daodesk::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>daodesk::GovernanceActions</name>
    <message>
        <source>Cancel proposal #%1</source>
        <translation>取消提案 #%1</translation>
    </message>
    <message>
        <source>Close voting on proposal #%1</source>
        <translation>结束提案 #%1 的投票</translation>
    </message>
    <message>
        <source>Mark proposal #%1 executed</source>
        <translation>将提案 #%1 标记为已执行</translation>
    </message>
    <message>
        <source>Make %1 a member without moderation rights</source>
        <translation>将 %1 设为成员（无管理权限）</translation>
    </message>
    <message>
        <source>Make %1 a moderator</source>
        <translation>将 %1 设为版主</translation>
    </message>
    <message>
        <source>Make %1 an admin</source>
        <translation>将 %1 设为管理员</translation>
    </message>
    <message>
        <source>Community contribution</source>
        <translation>社区贡献</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>参与讨论</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation>帮助他人</translation>
    </message>
    <message>
        <source>Open a proposal to vote on it.</source>
        <translation>请先打开一个提案再投票。</translation>
    </message>
    <message>
        <source>Add a wallet account on the Wallet page to sign votes.</source>
        <translation>请先在“钱包”页面添加钱包账户，才能为投票签名。</translation>
    </message>
    <message>
        <source>Choose a DAO first.</source>
        <translation>请先选择一个 DAO。</translation>
    </message>
    <message>
        <source>Give the Governor&apos;s address (0x and 40 hex digits), the chain id and the on-chain proposal id (a decimal number).</source>
        <translation>请填写 Governor 地址（0x 加 40 位十六进制数字）、链 ID 和链上提案编号（十进制数）。</translation>
    </message>
    <message>
        <source>Unlink #%1 from the chain</source>
        <translation>解除 #%1 与链上提案的关联</translation>
    </message>
    <message>
        <source>Link #%1 to on-chain proposal %2</source>
        <translation>将 #%1 关联到链上提案 %2</translation>
    </message>
    <message>
        <source>Give the proposal a title.</source>
        <translation>请为提案填写标题。</translation>
    </message>
    <message>
        <source>Voting lasts 1 to 366 days, and the quorum is 0 to 100 %.</source>
        <translation>投票持续 1 至 366 天，法定人数为 0% 至 100%。</translation>
    </message>
    <message>
        <source>Propose “%1”</source>
        <translation>提交提案“%1”</translation>
    </message>
    <message>
        <source>Edit proposal #%1 and open voting</source>
        <translation>编辑提案 #%1 并开放投票</translation>
    </message>
    <message>
        <source>Edit proposal #%1</source>
        <translation>编辑提案 #%1</translation>
    </message>
    <message>
        <source>Only a draft can be opened for voting.</source>
        <translation>只有草稿才能开放投票。</translation>
    </message>
    <message>
        <source>Open voting on proposal #%1</source>
        <translation>开放提案 #%1 的投票</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not something a proposal can do.</source>
        <translation>“%1”不是提案可执行的操作。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not something points can be awarded for.</source>
        <translation>“%1”不是可以奖励积分的事项。</translation>
    </message>
    <message>
        <source>Say what the points are for.</source>
        <translation>请说明奖励积分的理由。</translation>
    </message>
    <message>
        <source>Award points to %1: %2</source>
        <translation>向 %1 奖励积分：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a governance level.</source>
        <translation>“%1”不是治理级别。</translation>
    </message>
    <message>
        <source>Create an invitation</source>
        <translation>创建邀请</translation>
    </message>
    <message>
        <source>The account is closed; log in again to vote.</source>
        <translation>账户已关闭；请重新登录后再投票。</translation>
    </message>
    <message>
        <source>Choose how the proposal is voted on.</source>
        <translation>请选择提案的投票方式。</translation>
    </message>
    <message>
        <source>Give %1 to %2 different choices, each of at most %3 characters.</source>
        <translation>请提供 %1 到 %2 个互不相同的选项，每个最多 %3 个字符。</translation>
    </message>
    <message>
        <source>A DAO&apos;s name has 3 to 80 characters.</source>
        <translation>DAO 名称须为 3 到 80 个字符。</translation>
    </message>
    <message>
        <source>A DAO&apos;s description has at most 2000 characters.</source>
        <translation>DAO 简介最多 2000 个字符。</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>没有任何改动。</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation>理由最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Change the DAO&apos;s settings</source>
        <translation>修改 DAO 设置</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>请先写点内容。</translation>
    </message>
    <message>
        <source>A comment has at most %L1 characters; this one has %L2.</source>
        <translation>评论最多 %L1 个字符，这条有 %L2 个。</translation>
    </message>
    <message>
        <source>Open a proposal first.</source>
        <translation>请先打开一个提案。</translation>
    </message>
    <message>
        <source>Reply on #%1</source>
        <translation>在 #%1 下回复</translation>
    </message>
    <message>
        <source>Comment on #%1</source>
        <translation>评论 #%1</translation>
    </message>
    <message>
        <source>Edit your comment on #%1</source>
        <translation>编辑你在 #%1 下的评论</translation>
    </message>
    <message>
        <source>Delete your comment on #%1</source>
        <translation>删除你在 #%1 下的评论</translation>
    </message>
    <message>
        <source>Say why the comment is hidden: members read the reason in its place.</source>
        <translation>请说明隐藏理由：成员会看到这条理由。</translation>
    </message>
    <message>
        <source>Hide a comment on #%1</source>
        <translation>隐藏 #%1 下的一条评论</translation>
    </message>
    <message>
        <source>Show a comment on #%1 again</source>
        <translation>恢复显示 #%1 下的一条评论</translation>
    </message>
    <message>
        <source>Award %1 the discussion points</source>
        <translation>为 %1 奖励讨论积分</translation>
    </message>
    <message>
        <source>Say why %1 is removed: every member reads it in the log.</source>
        <translation>请说明移出 %1 的原因：所有成员都会在日志中看到。</translation>
    </message>
    <message>
        <source>Remove %1 from the DAO</source>
        <translation>将 %1 移出 DAO</translation>
    </message>
    <message>
        <source>Leave %1</source>
        <translation>退出 %1</translation>
    </message>
</context>
<context>
    <name>daodesk::Keychain</name>
    <message>
        <source>Nothing is stored in the keychain for this account.</source>
        <translation>钥匙串中没有存储此账户的信息。</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked). Unlock it and try again.</source>
        <translation>系统钥匙串拒绝访问（可能已锁定）。请解锁后重试。</translation>
    </message>
    <message>
        <source>No system keychain is available (for example GNOME Keyring or KWallet), so secrets are kept in memory only until DAO Desk closes.</source>
        <translation>没有可用的系统钥匙串（例如 GNOME Keyring 或 KWallet），因此机密信息仅保存在内存中，直到 DAO Desk 关闭。</translation>
    </message>
    <message>
        <source>The system keychain did not work (%1), so secrets are kept in memory only until DAO Desk closes.</source>
        <translation>系统钥匙串无法工作（%1），因此机密信息仅保存在内存中，直到 DAO Desk 关闭。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds, so secrets are kept in memory only until DAO Desk closes.</source>
        <translation>系统钥匙串在 %1 秒内没有应答，因此机密信息仅保存在内存中，直到 DAO Desk 关闭。</translation>
    </message>
</context>
<context>
    <name>daodesk::ModerationLogModel</name>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>版主</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>reputation for %1</source>
        <translation>%1 的声誉</translation>
    </message>
    <message>
        <source>contribution for %1</source>
        <translation>%1 的贡献</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>default voting days</source>
        <translation>默认投票天数</translation>
    </message>
    <message>
        <source>default quorum</source>
        <translation>默认法定人数</translation>
    </message>
    <message>
        <source>default voting type</source>
        <translation>默认投票方式</translation>
    </message>
    <message>
        <source>who may propose</source>
        <translation>谁可以发起提案</translation>
    </message>
    <message>
        <source>reputation needed to propose</source>
        <translation>发起提案所需声誉</translation>
    </message>
    <message>
        <source>discussion locked at close</source>
        <translation>投票结束后关闭讨论</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 made %2 %3 (was %4)</source>
        <translation>%1 将 %2 设为%3（原为%4）</translation>
    </message>
    <message>
        <source>%1 awarded %2 %3 reputation and %4 contribution (%5)</source>
        <translation>%1 奖励 %2 %3 点声誉和 %4 点贡献（%5）</translation>
    </message>
    <message>
        <source>%1 awarded %2 %3 reputation (%4)</source>
        <translation>%1 奖励 %2 %3 点声誉（%4）</translation>
    </message>
    <message>
        <source>%1 awarded %2 %3 contribution (%4)</source>
        <translation>%1 奖励 %2 %3 点贡献（%4）</translation>
    </message>
    <message>
        <source>%1 removed %2 from the DAO</source>
        <translation>%1 将 %2 移出了 DAO</translation>
    </message>
    <message>
        <source>%1 hid a comment by %2 on proposal #%3</source>
        <translation>%1 隐藏了 %2 在提案 #%3 下的一条评论</translation>
    </message>
    <message>
        <source>%1 showed a comment by %2 on proposal #%3 again</source>
        <translation>%1 恢复显示了 %2 在提案 #%3 下的一条评论</translation>
    </message>
    <message>
        <source>%1 closed proposal #%2 “%3” by %4</source>
        <translation>%1 结束了 %4 的提案 #%2“%3”</translation>
    </message>
    <message>
        <source>%1 cancelled proposal #%2 “%3” by %4</source>
        <translation>%1 取消了 %4 的提案 #%2“%3”</translation>
    </message>
    <message>
        <source>%1 marked proposal #%2 “%3” by %4 executed</source>
        <translation>%1 将 %4 的提案 #%2“%3”标记为已执行</translation>
    </message>
    <message>
        <source>%1 deleted draft #%2 “%3” by %4</source>
        <translation>%1 删除了 %4 的草稿 #%2“%3”</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 从 %2 改为 %3</translation>
    </message>
    <message>
        <source>%1 changed the DAO&apos;s settings: %2</source>
        <extracomment>%2 is a list of changes, e.g. &quot;default quorum from 30 to 40&quot;</extracomment>
        <translation>%1 修改了 DAO 的设置：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>proposing</source>
        <translation>发起提案</translation>
    </message>
    <message>
        <source>a proposal passed</source>
        <translation>提案通过</translation>
    </message>
    <message>
        <source>inviting a member</source>
        <translation>邀请成员</translation>
    </message>
    <message>
        <source>task completed</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>helping others</source>
        <translation>帮助他人</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>参与讨论</translation>
    </message>
    <message>
        <source>community contribution</source>
        <translation>社区贡献</translation>
    </message>
    <message>
        <source>%1 registered a webhook to %2 for %3</source>
        <extracomment>%2 is the host that receives the changes, %3 the kinds of change, e.g. &quot;vote, comment&quot;</extracomment>
        <translation>%1 注册了发往 %2 的 Webhook，事件：%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 removed the webhook to %2</source>
        <translation>%1 删除了发往 %2 的 Webhook</translation>
    </message>
</context>
<context>
    <name>daodesk::Notices</name>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>daodesk::Notification</name>
    <message numerus="yes">
        <source>Voting opened on %n proposals</source>
        <translation>
            <numerusform>%n 个提案开始投票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals close within a day and you have not voted</source>
        <translation>
            <numerusform>%n 个提案将在一天内截止，而你还没投票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n of your queued changes</source>
        <translation>
            <numerusform>服务器拒绝了你排队提交的 %n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals you voted on were decided</source>
        <translation>
            <numerusform>你投过票的 %n 个提案有了结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You were awarded points %n times</source>
        <translation>
            <numerusform>你获得了 %n 次积分奖励</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new replies to your comments</source>
        <translation>
            <numerusform>你的评论有 %n 条新回复</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting opened: %1</source>
        <translation>开始投票：%1</translation>
    </message>
    <message>
        <source>Voting closes soon: %1</source>
        <translation>投票即将截止：%1</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>未被接受：%1</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>已通过：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>You were awarded points in %1</source>
        <translation>你在 %1 获得了积分奖励</translation>
    </message>
    <message>
        <source>%1 replied to you</source>
        <translation>%1 回复了你</translation>
    </message>
    <message>
        <source>%1 · voting closes %2</source>
        <translation>%1 · 投票截止于 %2</translation>
    </message>
    <message>
        <source>You have not voted in %1; voting closes %2.</source>
        <translation>你还没有在 %1 投票；投票截止于 %2。</translation>
    </message>
    <message>
        <source>Open the outbox to retry or dismiss it.</source>
        <translation>打开发件箱重试或忽略。</translation>
    </message>
    <message>
        <source>%1 Open the outbox to retry or dismiss it.</source>
        <translation>%1 打开发件箱重试或忽略。</translation>
    </message>
    <message>
        <source>%1 · you voted on it</source>
        <translation>%1 · 你投过票</translation>
    </message>
    <message>
        <source>%1 reputation and %2 contribution</source>
        <translation>%1 声誉和 %2 贡献</translation>
    </message>
    <message>
        <source>%1 reputation</source>
        <translation>%1 声誉</translation>
    </message>
    <message>
        <source>%1 contribution</source>
        <translation>%1 贡献</translation>
    </message>
    <message>
        <source>%1 from %2.</source>
        <translation>%1，来自 %2。</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1，来自 %2：%3</translation>
    </message>
    <message>
        <source>On “%1”: %2</source>
        <translation>在“%1”中：%2</translation>
    </message>
</context>
<context>
    <name>daodesk::NotificationCenter</name>
    <message>
        <source>Notifications could not be read from the cache: %1</source>
        <translation>无法从本地缓存读取通知：%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daodesk::Outbox</name>
    <message>
        <source>The change was not saved, so nothing will be sent. %1</source>
        <translation>更改未能保存，因此不会发送任何内容。%1</translation>
    </message>
    <message>
        <source>Proposal #%1 is not in the cache; sync first.</source>
        <translation>提案 #%1 不在缓存中；请先同步。</translation>
    </message>
    <message>
        <source>The outbox could not be read or updated, so sending stopped. %1</source>
        <translation>无法读取或更新发件箱，因此已停止发送。%1</translation>
    </message>
    <message>
        <source>This change was first sent on %1 and never confirmed, and the server keeps no record of requests that old. Check on the server whether it took effect, then retry or dismiss it.</source>
        <translation>这项更改最早于 %1 发送，一直没有得到确认，而服务器不保留这么久以前的请求记录。请先在服务器上确认它是否已生效，再决定重试或忽略。</translation>
    </message>
    <message>
        <source>There is no refused item %1 in the outbox.</source>
        <translation>发件箱中没有被拒绝的第 %1 项。</translation>
    </message>
    <message>
        <source>There is no item %1 in the outbox.</source>
        <translation>发件箱中没有第 %1 项。</translation>
    </message>
</context>
<context>
    <name>daodesk::PointsHistoryModel</name>
    <message>
        <source>Awarded by %1</source>
        <translation>由 %1 奖励</translation>
    </message>
    <message>
        <source>%1 (awarded by %2)</source>
        <translation>%1（由 %2 奖励）</translation>
    </message>
    <message>
        <source>Voted on proposal #%1</source>
        <translation>对提案 #%1 投票</translation>
    </message>
    <message>
        <source>Proposal #%1 passed</source>
        <translation>提案 #%1 获得通过</translation>
    </message>
    <message>
        <source>Created proposal #%1</source>
        <translation>创建提案 #%1</translation>
    </message>
    <message>
        <source>Deleted draft proposal #%1</source>
        <translation>删除草稿提案 #%1</translation>
    </message>
    <message>
        <source>Someone you invited joined</source>
        <translation>你邀请的人已加入</translation>
    </message>
</context>
<context>
    <name>daodesk::Session</name>
    <message>
        <source>&apos;%1&apos; is not a server address; it should look like https://dao.example.org.</source>
        <translation>“%1”不是服务器地址；格式应类似 https://dao.example.org。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the login cannot be read.</source>
        <translation>无法读取服务器对登录的应答。</translation>
    </message>
    <message>
        <source>You are not logged in on this computer. Log in to sync; the cached data stays readable.</source>
        <translation>你尚未在此计算机上登录。请登录以同步；缓存的数据仍可阅读。</translation>
    </message>
</context>
<context>
    <name>daodesk::SyncEngine</name>
    <message>
        <source>The server sent a DAO list DAO Desk cannot read.</source>
        <translation>服务器发送了 DAO Desk 无法读取的 DAO 列表。</translation>
    </message>
    <message>
        <source>The server said more changes follow change %1 but sent none past it, so DAO Desk stopped rather than ask again forever. The server needs attention; the cache was left as it was.</source>
        <translation>服务器表示第 %1 项更改之后还有更多更改，却没有发送任何后续内容，因此 DAO Desk 停止了同步，以免无休止地反复请求。服务器需要检查；缓存保持原样。</translation>
    </message>
    <message>
        <source>%1 Even downloaded again from the start, DAO #%2 does not match the server&apos;s own account of it, so its sync feed may be damaged. The server needs attention.</source>
        <translation>%1 即使从头重新下载，DAO #%2 仍与服务器自己的记录不符，其同步数据可能已损坏。服务器需要检查。</translation>
    </message>
    <message>
        <source>%1 DAO Desk is downloading it again from the start; changes waiting in the outbox are kept.</source>
        <translation>%1 DAO Desk 正在从头重新下载；发件箱中待发送的更改会保留。</translation>
    </message>
</context>
<context>
    <name>daodesk::SyncStatus</name>
    <message>
        <source>The server refused a change: %1</source>
        <translation>服务器拒绝了一项更改：%1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <source>Log in again to sync; the cached data stays readable.</source>
        <translation>请重新登录以同步；缓存的数据仍可阅读。</translation>
    </message>
</context>
<context>
    <name>daodesk::SyncWriter</name>
    <message>
        <source>An earlier page of this sync was not written.</source>
        <translation>本次同步的前一页未能写入。</translation>
    </message>
    <message>
        <source>The cache was changed by another sync meanwhile; sync again.</source>
        <translation>缓存在此期间已被另一次同步更改；请再次同步。</translation>
    </message>
</context>
<context>
    <name>daodesk::TrayIcon</name>
    <message>
        <source>Open DAO Desk</source>
        <translation>打开 DAO Desk</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Quit DAO Desk</source>
        <translation>退出 DAO Desk</translation>
    </message>
    <message>
        <source>DAO Desk: nothing waits for you</source>
        <translation>DAO Desk：没有等你处理的事项</translation>
    </message>
    <message numerus="yes">
        <source>DAO Desk: %n waiting for you</source>
        <translation>
            <numerusform>DAO Desk：%n 项等你处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daodesk::VoteBallot</name>
    <message>
        <source>&apos;%1&apos; is not a choice; vote yes, no or abstain.</source>
        <translation>“%1”不是有效的选项；请选择赞成、反对或弃权。</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation>理由最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Vote yes on #%1 %2</source>
        <translation>对 #%1 %2 投赞成</translation>
    </message>
    <message>
        <source>Vote no on #%1 %2</source>
        <translation>对 #%1 %2 投反对</translation>
    </message>
    <message>
        <source>Abstain on #%1 %2</source>
        <translation>对 #%1 %2 投弃权</translation>
    </message>
    <message>
        <source>Choose one of the choices, 1 to %1.</source>
        <translation>请从 1 到 %1 中选择一个选项。</translation>
    </message>
    <message>
        <source>Approve choices from 1 to %1, each at most once.</source>
        <translation>请在 1 到 %1 中选择赞成的选项，每个选项最多选一次。</translation>
    </message>
    <message>
        <source>Rank all %1 choices, each exactly once.</source>
        <translation>请为全部 %1 个选项排序，每个选项恰好出现一次。</translation>
    </message>
    <message>
        <source>Give weights of zero or more to choices 1 to %1, at least one of them above zero.</source>
        <translation>请为选项 1 到 %1 分配大于或等于零的权重，且至少有一个大于零。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of choice numbers, e.g. 1,3.</source>
        <translation>“%1”不是选项编号列表，例如 1,3。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of choice=weight, e.g. 1=60,3=40.</source>
        <translation>“%1”不是“选项=权重”的列表，例如 1=60,3=40。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a choice number.</source>
        <translation>“%1”不是选项编号。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>未选任何选项</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Vote %1 on #%2 %3</source>
        <translation>对 #%2 %3 投票：%1</translation>
    </message>
</context>
<context>
    <name>daodesk::Wallet</name>
    <message>
        <source>That is not a private key: expected 64 hex digits (optionally after 0x).</source>
        <translation>这不是私钥：应为 64 个十六进制数字（可带 0x 前缀）。</translation>
    </message>
    <message>
        <source>No key can be derived at %1 from this recovery phrase.</source>
        <translation>无法从该助记词在 %1 处派生密钥。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; no key was made.</source>
        <translation>系统随机数生成器出错；未生成密钥。</translation>
    </message>
    <message>
        <source>The account %1 is already in this wallet.</source>
        <translation>账户 %1 已在此钱包中。</translation>
    </message>
    <message>
        <source>The key was not saved: %1 Without a keychain DAO Desk can keep the key for this session only, if you allow it.</source>
        <translation>私钥未保存：%1 没有钥匙串时，如果你允许，DAO Desk 可以只在本次会话中保留该私钥。</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so this key is kept for this session only: it is gone when DAO Desk closes. Keep a backup.</source>
        <translation>没有可用的钥匙串（%1），因此该私钥只在本次会话中保留：关闭 DAO Desk 后即消失。请做好备份。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>The account could not be recorded in the cache.</source>
        <translation>无法在缓存中记录该账户。</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters for the keystore file.</source>
        <translation>请为 keystore 文件设置至少 8 个字符的密码。</translation>
    </message>
    <message>
        <source>The keychain holds no key for %1; import it again.</source>
        <translation>钥匙串中没有 %1 的私钥；请重新导入。</translation>
    </message>
    <message>
        <source>The keychain entry for %1 does not hold its key.</source>
        <translation>钥匙串中 %1 的条目不是它的私钥。</translation>
    </message>
    <message>
        <source>The key of %1 could not sign; import the account again.</source>
        <translation>%1 的密钥无法签名；请重新导入该账户。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The account %1 could not be removed from the cache: %2</source>
        <translation>无法从缓存中移除账户 %1：%2</translation>
    </message>
    <message>
        <source>The account %1 is not in this wallet.</source>
        <translation>账户 %1 不在此钱包中。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a keystore file: it is larger than 1 MiB.</source>
        <translation>%1 不是 keystore 文件：它超过了 1 MiB。</translation>
    </message>
    <message>
        <source>%1 is not a keystore file: %2</source>
        <translation>%1 不是 keystore 文件：%2</translation>
    </message>
    <message>
        <source>it holds no JSON object</source>
        <translation>其中没有 JSON 对象</translation>
    </message>
</context>
<context>
    <name>daodesk::WalletActions</name>
    <message>
        <source>Pending: %1 was sent and waits to be mined.</source>
        <translation>待确认：%1 已发送，等待打包。</translation>
    </message>
    <message>
        <source>Confirmed: %1 was mined.</source>
        <translation>已确认：%1 已打包。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Proposal #%1 was created on chain and is being linked to it.</source>
        <translation>提案 #%1 已在链上创建，正在与之关联。</translation>
    </message>
    <message>
        <source>The account is closed; log in again to use its wallet.</source>
        <translation>账户已关闭；请重新登录后再使用其钱包。</translation>
    </message>
    <message>
        <source>Add a wallet account first, on the Wallet page.</source>
        <translation>请先在“钱包”页面添加钱包账户。</translation>
    </message>
    <message>
        <source>The account is closed; log in again to sign.</source>
        <translation>账户已关闭；请重新登录后再签名。</translation>
    </message>
    <message>
        <source>The account number cannot be negative.</source>
        <translation>账户序号不能为负数。</translation>
    </message>
    <message>
        <source>Choose the keystore file to import.</source>
        <translation>请选择要导入的 keystore 文件。</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters for the keystore file.</source>
        <translation>请为 keystore 文件设置至少 8 个字符的密码。</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>两次输入的密码不一致；请输入同一个密码两次。</translation>
    </message>
    <message>
        <source>Choose where to save the keystore file.</source>
        <translation>请选择 keystore 文件的保存位置。</translation>
    </message>
    <message>
        <source>Saved the key of %1 to %2. Keep the file and its password apart, somewhere safe.</source>
        <translation>已将 %1 的私钥保存到 %2。请把文件和密码分开存放在安全的地方。</translation>
    </message>
    <message>
        <source>daodesk-key-%1</source>
        <translation>daodesk-私钥-%1</translation>
    </message>
    <message>
        <source>Log in again to link a wallet; it needs the server.</source>
        <translation>请重新登录后再关联钱包；此操作需要连接服务器。</translation>
    </message>
    <message>
        <source>Linked %1 to your membership; your votes can now be signed.</source>
        <translation>已将 %1 关联到你的成员身份；现在可以为投票签名了。</translation>
    </message>
    <message>
        <source>This proposal is not linked to an on-chain proposal.</source>
        <translation>此提案尚未关联链上提案。</translation>
    </message>
    <message>
        <source>Set up this DAO&apos;s Governor contract first, under On-chain voting.</source>
        <translation>请先在“链上投票”中设置本 DAO 的 Governor 合约。</translation>
    </message>
    <message>
        <source>Whom to delegate to is an address: 0x and 40 hex digits.</source>
        <translation>委托对象应为一个地址：0x 加 40 位十六进制数字。</translation>
    </message>
    <message>
        <source>Give the Governor&apos;s address (0x and 40 hex digits).</source>
        <translation>请填写 Governor 地址（0x 加 40 位十六进制数字）。</translation>
    </message>
    <message>
        <source>Open the proposal to create on chain first.</source>
        <translation>请先打开要在链上创建的提案。</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>正在签名并发送…</translation>
    </message>
</context>
<context>
    <name>daodesk::Workspace</name>
    <message>
        <source>proposal-history</source>
        <translation>提案历史</translation>
    </message>
    <message>
        <source>%1 history</source>
        <translation>%1 历史</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Proposal history of %1</source>
        <translation>%1 的提案历史</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 个提案导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daodesk::chain::GovernorClient</name>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>defeated</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>daodesk::chain::JsonRpcClient</name>
    <message>
        <source>Cannot reach the Ethereum node at %1 (%2). Check that it is running and the address is right.</source>
        <translation>无法连接 %1 的以太坊节点（%2）。请检查节点是否在运行、地址是否正确。</translation>
    </message>
    <message>
        <source>The Ethereum node at %1 answered HTTP %2.</source>
        <translation>%1 的以太坊节点返回了 HTTP %2。</translation>
    </message>
    <message>
        <source>The Ethereum node at %1 did not answer in JSON-RPC.</source>
        <translation>%1 的以太坊节点未按 JSON-RPC 应答。</translation>
    </message>
    <message>
        <source>The account does not have enough ETH to pay for this transaction and its gas.</source>
        <translation>该账户的 ETH 不足以支付这笔交易及其 gas。</translation>
    </message>
    <message>
        <source>The contract refused the transaction.</source>
        <translation>合约拒绝了这笔交易。</translation>
    </message>
    <message>
        <source>The contract refused the transaction: %1.</source>
        <translation>合约拒绝了这笔交易：%1。</translation>
    </message>
    <message>
        <source>The Ethereum node refused %1: %2</source>
        <translation>以太坊节点拒绝了 %1：%2</translation>
    </message>
    <message>
        <source>The Ethereum node at %1 gave no chain id.</source>
        <translation>%1 的以太坊节点没有给出链 ID。</translation>
    </message>
    <message>
        <source>The node at %1 serves chain %2, but chain %3 was expected. Choose a node of the right network.</source>
        <translation>%1 的节点服务于链 %2，但预期是链 %3。请选择正确网络的节点。</translation>
    </message>
    <message>
        <source>The Ethereum node gave no fee history.</source>
        <translation>以太坊节点没有给出费用历史。</translation>
    </message>
    <message>
        <source>The call to the Ethereum node at %1 was given up.</source>
        <translation>已放弃对 %1 处以太坊节点的调用。</translation>
    </message>
</context>
<context>
    <name>daodesk::chain::Transactor</name>
    <message>
        <source>The account holds %1 ETH, but this transaction may cost up to %2 ETH with gas. Add ETH to %3 first.</source>
        <translation>该账户持有 %1 ETH，但这笔交易连同 gas 最多可能花费 %2 ETH。请先向 %3 充值 ETH。</translation>
    </message>
    <message>
        <source>The transaction could not be signed: the key is not valid.</source>
        <translation>无法签署交易：私钥无效。</translation>
    </message>
    <message>
        <source>The transaction was mined in block %1 but failed; nothing changed except the fee.</source>
        <translation>交易已在区块 %1 中打包但执行失败；除手续费外没有任何变化。</translation>
    </message>
    <message>
        <source>The transaction is still pending; it will be checked again.</source>
        <translation>交易仍在等待中；稍后会再次检查。</translation>
    </message>
</context>
<context>
    <name>daodesk::ethereum::Keystore</name>
    <message>
        <source>This is not a version 3 keystore file.</source>
        <translation>这不是第 3 版 keystore 文件。</translation>
    </message>
    <message>
        <source>The keystore uses a cipher other than AES-128-CTR.</source>
        <translation>该 keystore 使用的加密算法不是 AES-128-CTR。</translation>
    </message>
    <message>
        <source>The keystore file is damaged: a field is missing or has the wrong length.</source>
        <translation>keystore 文件已损坏：某个字段缺失或长度不对。</translation>
    </message>
    <message>
        <source>The keystore&apos;s PBKDF2 parameters are outside what DAO Desk accepts.</source>
        <translation>该 keystore 的 PBKDF2 参数超出 DAO Desk 接受的范围。</translation>
    </message>
    <message>
        <source>The keystore uses an unknown key derivation, &quot;%1&quot;.</source>
        <translation>该 keystore 使用了未知的密钥派生方式“%1”。</translation>
    </message>
    <message>
        <source>The key could not be derived from the password.</source>
        <translation>无法从密码派生密钥。</translation>
    </message>
    <message>
        <source>The password is wrong, or the keystore file is damaged.</source>
        <translation>密码错误，或 keystore 文件已损坏。</translation>
    </message>
    <message>
        <source>The keystore does not hold a valid private key.</source>
        <translation>该 keystore 中没有有效的私钥。</translation>
    </message>
    <message>
        <source>The keystore file is damaged: its scrypt parameters n, r and p must be positive whole numbers.</source>
        <translation>keystore 文件已损坏：其 scrypt 参数 n、r 和 p 必须是正整数。</translation>
    </message>
    <message>
        <source>The keystore file is invalid: its scrypt parameter n = %1 is not a power of two above 1 (RFC 7914).</source>
        <translation>keystore 文件无效：其 scrypt 参数 n = %1 不是大于 1 的 2 的幂（RFC 7914）。</translation>
    </message>
    <message>
        <source>The keystore file is invalid: with r = %1, scrypt&apos;s n must be below 2^%2, and it is %3 (RFC 7914).</source>
        <translation>keystore 文件无效：当 r = %1 时，scrypt 的 n 必须小于 2^%2，而它是 %3（RFC 7914）。</translation>
    </message>
    <message>
        <source>The keystore file is invalid: scrypt&apos;s r × p must be below 2^30 (RFC 7914).</source>
        <translation>keystore 文件无效：scrypt 的 r × p 必须小于 2^30（RFC 7914）。</translation>
    </message>
    <message>
        <source>The keystore asks for more scrypt work than DAO Desk allows (n up to 2^20, r and p up to 16): n = %1, r = %2, p = %3.</source>
        <translation>该 keystore 要求的 scrypt 计算量超出 DAO Desk 允许的范围（n 最大 2^20，r 和 p 最大 16）：n = %1，r = %2，p = %3。</translation>
    </message>
    <message>
        <source>The keystore file is damaged: its address field is not an address.</source>
        <translation>keystore 文件已损坏：其地址字段不是有效地址。</translation>
    </message>
    <message>
        <source>The keystore file is damaged or was altered: it decrypts to the account %1, not to the address %2 it names. Nothing was imported.</source>
        <translation>keystore 文件已损坏或被篡改：它解密出的是账户 %1，而不是文件中标明的地址 %2。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>daodesk::ethereum::Mnemonic</name>
    <message numerus="yes">
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n.</source>
        <translation>
            <numerusform>助记词应有 12、15、18、21 或 24 个词；这个有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 of the recovery phrase is not in the BIP-39 English word list.</source>
        <translation>助记词的第 %1 个词不在 BIP-39 英文词表中。</translation>
    </message>
    <message>
        <source>The recovery phrase&apos;s checksum does not match: a word is wrong or misplaced.</source>
        <translation>助记词校验和不匹配：有词写错或顺序不对。</translation>
    </message>
</context>
<context>
    <name>daodesk::ethereum::TypedData</name>
    <message>
        <source>Type %1 has a field without a name or a type.</source>
        <translation>类型 %1 有一个缺少名称或类型的字段。</translation>
    </message>
    <message>
        <source>The typed data has no EIP712Domain type.</source>
        <translation>类型化数据没有 EIP712Domain 类型。</translation>
    </message>
    <message>
        <source>The primary type &quot;%1&quot; is not defined.</source>
        <translation>主类型“%1”未定义。</translation>
    </message>
    <message>
        <source>The typed data is nested too deeply.</source>
        <translation>类型化数据嵌套过深。</translation>
    </message>
    <message>
        <source>%1 has no value for the field &quot;%2&quot;.</source>
        <translation>%1 缺少字段“%2”的值。</translation>
    </message>
    <message>
        <source>The value for type %1 is not valid.</source>
        <translation>类型 %1 的值无效。</translation>
    </message>
    <message>
        <source>The type %1 is not defined.</source>
        <translation>类型 %1 未定义。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DAO Desk: vote and govern a points-based DAO.</source>
        <translation>DAO Desk：为积分制 DAO 投票和治理。</translation>
    </message>
    <message>
        <source>The server&apos;s address.</source>
        <translation>服务器地址。</translation>
    </message>
    <message>
        <source>Where the cache and settings are kept.</source>
        <translation>缓存和设置的存放位置。</translation>
    </message>
    <message>
        <source>DAO Desk is already running with %1, and did not answer.</source>
        <translation>DAO Desk 已在使用 %1 运行，但没有响应。</translation>
    </message>
</context>
</TS>
