// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up of the desktop window over a big cache: from launching the process to the first
// frame rendered (offscreen), and resident memory once the window has loaded its lists.
//
//   daodesk-bench-startup [proposals=100000] [runs=5]
//
// Prepares a data directory whose saved account opens straight into a cache of that many
// proposals (as a later run of daodesk does), then launches itself that many times as the
// window. Each child reports the wall-clock time of its first frame and its memory; the parent
// times from just before the launch, so exec, library loading and QML compilation all count.
#include "cache.h"
#include "cacheschema.h"
#include "clientcore.h"
#include "desk.h"
#include "entitystore.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

Q_IMPORT_QML_PLUGIN(DaoDeskPlugin)

using namespace daodesk;
using namespace Qt::StringLiterals;

namespace {
const QString kServer = u"http://127.0.0.1:9"_s; // nothing listens: the window stays offline
const QString kUser = u"bench"_s;

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/** @brief "VmRSS" or "VmHWM" of this process, in MiB. */
double statusMiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void prepare(const QString &dir, int proposals)
{
    ClientCore core(dir, u"daodesk-bench"_s);
    const SavedAccount account {kServer, kUser, 1, u"Bench"_s};
    core.saveAccount(account);
    QString error;
    auto cache = Cache::open(Cache::pathFor(dir, kServer, kUser), &error);
    if (!cache)
        qFatal("%s", qPrintable(error));
    EntityStore store(cache->database());
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - qint64(proposals) * 60000;
    std::vector<EntityStore::Change> page;
    page.push_back({cacheschema::entitySpec(u"dao"), 1,
        QJsonObject {{u"id"_s, 1}, {u"name"_s, u"Bench DAO"_s}, {u"description"_s, u""_s},
            {u"created_by"_s, 1}, {u"created_at"_s, isoTime(t0)}, {u"member_count"_s, 1}}});
    page.push_back({cacheschema::entitySpec(u"member"), 1,
        QJsonObject {{u"dao_id"_s, 1}, {u"user_id"_s, 1}, {u"username"_s, kUser},
            {u"display_name"_s, u"Bench"_s}, {u"reputation_score"_s, 120},
            {u"contribution_points"_s, 40}, {u"voting_power"_s, u"2.400"_s},
            {u"voting_power_milli"_s, 2400}, {u"governance_level"_s, u"moderator"_s},
            {u"joined_at"_s, isoTime(t0)}, {u"invited_by"_s, QJsonValue()}}});
    QRandomGenerator rng(42);
    const QStringList statuses {u"passed"_s, u"rejected"_s, u"executed"_s, u"active"_s};
    const auto *spec = cacheschema::entitySpec(u"proposal");
    for (int p = 1; p <= proposals; ++p) {
        const qint64 t = t0 + qint64(p) * 60000;
        page.push_back({spec, p,
            QJsonObject {{u"id"_s, p}, {u"dao_id"_s, 1}, {u"author_id"_s, 1},
                {u"author_username"_s, kUser},
                {u"title"_s, u"Proposal %1: budget line %2"_s.arg(p).arg(rng.bounded(10000))},
                {u"body"_s, u"## Why\n\nA proposal body of a few sentences, number %1."_s.arg(p)},
                {u"status"_s, statuses.at(p % statuses.size())}, {u"voting_start"_s, isoTime(t)},
                {u"voting_end"_s, isoTime(t + 86400000)}, {u"quorum_percent"_s, 20},
                {u"eligible_voting_power"_s, u"150.000"_s},
                {u"eligible_voting_power_milli"_s, 150000}, {u"eligible_voters"_s, 100},
                {u"chain"_s, QJsonValue()}, {u"created_at"_s, isoTime(t)},
                {u"updated_at"_s, isoTime(t)}, {u"closed_at"_s, QJsonValue()},
                {u"executed_at"_s, QJsonValue()}}});
        if (page.size() >= 5000 || p == proposals) {
            if (!cache->transaction([&] { return store.apply(1, page, &error); }, &error))
                qFatal("%s", qPrintable(error));
            page.clear();
        }
    }
    while (cache->mergeSearchIndexes(1000)) { }
}

/** @brief The window, as daodesk starts it; prints "frame <epoch ms>" and "rss <MiB> <MiB>". */
int child(int argc, char *argv[], const QString &dir)
{
    QApplication app(argc, argv);
    QQuickStyle::setStyle(u"Fusion"_s);
    Desk::setOptions({dir, {}, u"daodesk-bench"_s, {}});
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    QTextStream out(stdout);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &app, [&](QObject *root) {
        auto *window = qobject_cast<QQuickWindow *>(root);
        if (!window)
            qFatal("the window was not created");
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
            static bool first = true;
            if (!std::exchange(first, false))
                return;
            out << "frame " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
            // Let the lists fill their first pages and the timers settle, then measure.
            QTimer::singleShot(1500, &app, [&] {
                auto *desk = engine.singletonInstance<Desk *>(qmlTypeId("DaoDesk", 1, 0, "Desk"));
                if (!desk || desk->account()->needsLogin()
                    || desk->workspace()->proposals()->rowCount() == 0)
                    qFatal("the window did not open the cached account");
                out << "rows " << desk->workspace()->proposals()->rowCount() << ' '
                    << desk->workspace()->proposals()->canFetchMore({}) << Qt::endl;
                out << "rss " << statusMiB("VmRSS:") << ' ' << statusMiB("VmHWM:") << Qt::endl;
                QCoreApplication::exit(0);
            });
        });
    });
    engine.load(QUrl(u"qrc:/qt/qml/DaoDesk/Main.qml"_s));
    return app.exec();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, QString::fromLocal8Bit(argv[2]));

    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int proposals = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    QTextStream out(stdout);
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    prepare(dir.path(), proposals);
    out << "cache of " << proposals << " proposals prepared in " << timer.elapsed() << " ms\n";
    out.flush();

    std::vector<double> frames, rss, peak;
    for (int run = 0; run < runs; ++run) {
        QProcess window;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        window.setProcessEnvironment(env);
        window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 launched = QDateTime::currentMSecsSinceEpoch();
        window.start(app.applicationFilePath(), {u"--child"_s, dir.path()});
        if (!window.waitForFinished(60000) || window.exitCode() != 0)
            qFatal("the window did not start and close cleanly");
        double frame = -1, resident = 0, high = 0;
        for (const QByteArray &line : window.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.first() == "frame" && f.size() == 2)
                frame = double(f.at(1).toLongLong() - launched);
            if (f.first() == "rows" && f.size() == 3 && run == 0) {
                out << "the window shows the first " << f.at(1) << " proposals"
                    << (f.at(2) == "1" ? " (more load as the list scrolls)" : "") << "\n";
            }
            if (f.first() == "rss" && f.size() == 3) {
                resident = f.at(1).toDouble();
                high = f.at(2).toDouble();
            }
        }
        if (frame < 0)
            qFatal("the window reported no frame");
        frames.push_back(frame);
        rss.push_back(resident);
        peak.push_back(high);
        out << "run " << run + 1 << ": first frame " << frame << " ms, resident "
            << QString::number(resident, 'f', 1) << " MiB (peak " << QString::number(high, 'f', 1)
            << " MiB)\n";
        out.flush();
    }
    out << "start to first frame: median " << median(frames) << " ms, worst "
        << *std::max_element(frames.begin(), frames.end()) << " ms\n"
        << "resident after load: median " << QString::number(median(rss), 'f', 1) << " MiB, peak "
        << QString::number(*std::max_element(peak.begin(), peak.end()), 'f', 1) << " MiB\n";
    return 0;
}
