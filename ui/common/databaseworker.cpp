#include "databaseworker.h"

namespace linkdesk {

DatabaseWorker::DatabaseWorker(const Database& db, QObject* parent)
    : QObject(parent)
    , m_url(db.url())
    , m_actor(db.actor())
    , m_context(new QObject) {
    m_thread.setObjectName(QStringLiteral("DatabaseWorker"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker() {
    // Runs after the jobs already queued; each of them sees m_stopping and returns at once.
    m_stopping = true;
    QMetaObject::invokeMethod(m_context, [this] {
        m_db.reset();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    delete m_context;
}

void DatabaseWorker::post(std::function<void(Database*, const QString&)> task) {
    QMetaObject::invokeMethod(m_context, [this, task = std::move(task)] {
        if (m_stopping)
            return;
        if (!m_opened) {
            m_opened = true;
            auto opened = Database::open(m_url, Database::Migrate::No);
            if (opened) {
                m_db = std::move(*opened);
                m_db->setActor(m_actor);
            } else {
                m_openError = opened.message();
            }
        }
        task(m_db.get(), m_openError);
    });
}

} // namespace linkdesk
