// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain.h"

#include "secretbytes.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace daodesk {

namespace {
KeychainResult fromJob(const QKeychain::Job &job)
{
    KeychainResult r;
    switch (job.error()) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        r.status = KeychainResult::Status::NotFound;
        r.message = Keychain::tr("Nothing is stored in the keychain for this account.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = KeychainResult::Status::AccessDenied;
        r.message
            = Keychain::tr("The system keychain refused access (it may be locked). Unlock it and "
                           "try again.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = KeychainResult::Status::Unavailable;
        r.message = Keychain::tr(
            "No system keychain is available (for example GNOME Keyring or KWallet), "
            "so secrets are kept in memory only until DAO Desk closes.");
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // A missing Secret Service daemon arrives as OtherError.
        r.status = KeychainResult::Status::Unavailable;
        r.message
            = Keychain::tr("The system keychain did not work (%1), so secrets are kept in memory "
                           "only until DAO Desk closes.")
                  .arg(job.errorString());
        break;
    }
    return r;
}
} // namespace

struct Keychain::Job
{
    enum class Op { Read, Write, Delete };
    Op op = Op::Read;
    QString key;
    QString secret;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;
    int attempt = 0;
};

Keychain::Keychain(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{ }

Keychain::~Keychain() = default;

void Keychain::readSecret(const QString &key, QObject *context, Callback callback)
{
    enqueue(std::make_shared<Job>(
        Job {Job::Op::Read, key, {}, context, context != nullptr, std::move(callback), 0}));
}

void Keychain::writeSecret(
    const QString &key, const QString &secret, QObject *context, Callback callback)
{
    enqueue(std::make_shared<Job>(
        Job {Job::Op::Write, key, secret, context, context != nullptr, std::move(callback), 0}));
}

void Keychain::deleteSecret(const QString &key, QObject *context, Callback callback)
{
    enqueue(std::make_shared<Job>(
        Job {Job::Op::Delete, key, {}, context, context != nullptr, std::move(callback), 0}));
}

void Keychain::enqueue(std::shared_ptr<Job> job)
{
    m_queue.enqueue(std::move(job));
    if (!m_busy)
        startNext();
}

void Keychain::startNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    run(m_queue.dequeue());
}

void Keychain::run(std::shared_ptr<Job> job)
{
    ++job->attempt;
    QKeychain::Job *kjob = nullptr;
    switch (job->op) {
    case Job::Op::Read:
        kjob = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Job::Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setTextData(job->secret);
        kjob = w;
        break;
    }
    case Job::Op::Delete:
        kjob = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    kjob->setAutoDelete(true);
    kjob->setInsecureFallback(false);
    kjob->setKey(job->key);

    // Whichever comes first, the job's answer or the deadline, decides; the other is ignored.
    auto settled = std::make_shared<bool>(false);
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, job, settled, deadline] {
        deadline->deleteLater();
        if (*settled)
            return;
        *settled = true;
        KeychainResult r;
        r.status = KeychainResult::Status::TimedOut;
        r.message = tr("The system keychain did not answer within %1 seconds, so secrets are "
                       "kept in memory only until DAO Desk closes.")
                        .arg(m_timeoutMs / 1000);
        complete(job, r);
    });
    connect(
        kjob, &QKeychain::Job::finished, this, [this, job, settled, deadline](QKeychain::Job *j) {
            if (*settled)
                return;
            *settled = true;
            deadline->stop();
            deadline->deleteLater();
            KeychainResult r = fromJob(*j);
            const QKeychain::Error code = j->error();
            if ((code == QKeychain::NoBackendAvailable || code == QKeychain::OtherError)
                && job->attempt < 2) {
                // One retry: a Secret Service started on demand often answers the second call.
                QTimer::singleShot(200, this, [this, job] { run(job); });
                return;
            }
            if (r.ok() && job->op == Job::Op::Read) {
                auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
                r.secret = read->textData();
            }
            complete(job, r);
        });
    deadline->start(m_timeoutMs);
    kjob->start();
}

void Keychain::complete(std::shared_ptr<Job> job, KeychainResult result)
{
    // Start the next job from the event loop, not from inside this job's handler.
    QTimer::singleShot(0, this, &Keychain::startNext);
    if (!job->hasContext || job->context)
        job->callback(result);
    // The secret is not left in memory after the job: a callback that kept it holds a share,
    // which the wipe leaves alone.
    ethereum::SecretBytes::wipe(result.secret);
    ethereum::SecretBytes::wipe(job->secret);
}

} // namespace daodesk
