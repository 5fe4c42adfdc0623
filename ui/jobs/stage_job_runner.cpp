#include "stage_job_runner.h"

#include "common/input_error.h"
#include "common/post_to.h"
#include "jobs/background_priority.h"

#include <QPointer>
#include <QtConcurrent>

namespace traceload {

namespace {

template <typename Outcome, typename Work> Outcome capture(Work&& work)
{
    Outcome o;
    try {
        work(o);
    } catch (const Cancelled&) {
        o.cancelled = true;
    } catch (const InputError& e) {
        o.error = e.toString();
    } catch (const std::exception& e) {
        o.error = QString::fromLocal8Bit(e.what());
    }
    return o;
}

// Runs `work` on `pool`, with the hand-offs to the worker and back (`handOff`: the job's
// token) marked for ThreadSanitizer.
template <typename Outcome, typename Work>
QFuture<Outcome> launch(QThreadPool* pool, bool lowered, const void* handOff, Work work)
{
    published(handOff);
    const UncheckedScope queueing; // QtConcurrent copies the task into its runnable
    return QtConcurrent::run(pool, [work = std::move(work), lowered, handOff]() mutable {
        if (lowered)
            lowerThisThreadPriority();
        received(handOff);
        Outcome o = capture<Outcome>(work);
        published(handOff);
        return o;
    });
}

} // namespace

StageJobRunner::StageJobRunner(Pipeline* pipeline, QObject* parent)
    : QObject(parent), m_pipeline(pipeline), m_background(new QThreadPool(this))
{
}

QThreadPool* StageJobRunner::poolFor(Priority priority)
{
    return priority == Priority::Background ? m_background : QThreadPool::globalInstance();
}

StageJobRunner::~StageJobRunner()
{
    cancelAll();
    // The continuations must not run on a destroyed runner: wait for every worker here.
    for (Job& job : m_jobs) {
        job.worker.waitForFinished();
        received(job.cancel.get());
    }
}

JobControl StageJobRunner::jobControl(const std::shared_ptr<CancelToken>& cancel,
                                      ProgressListener listener)
{
    // The runner outlives every job (its destructor waits), so `this` stays valid; the
    // token tells a cancelled job's late reports apart.
    return JobControl(cancel.get(), [this, cancel, listener](const QString& what, double fraction) {
        postTo(this, [this, cancel, listener, what, fraction] {
            if (cancel->isCancelled())
                return;
            emit progress(what, fraction);
            if (listener)
                listener(what, fraction);
        });
    });
}

bool StageJobRunner::start(Stage stage)
{
    QString why;
    if (!m_pipeline->canRun(stage, &why)) {
        emit failed(stage, why);
        return false;
    }
    cancel(stage);
    auto token = std::make_shared<CancelToken>();
    const StageTask task = m_pipeline->task(
        stage, [this](const QString& text) { postTo(this, [this, text] { emit message(text); }); },
        [this](const ServiceProgress& p) { postTo(this, [this, p] { emit serviceState(p); }); });
    m_pipeline->markRunning(stage, task.key);
    const JobControl control = jobControl(token);

    const Priority priority = stage <= Stage::Load ? Priority::Background : Priority::Normal;
    Job job{int(stage), token, {}};
    job.worker = launch<Outcome>(poolFor(priority), priority == Priority::Background, token.get(),
                                 [task, control](Outcome& o) { o.value = task.work(control); });
    m_jobs.push_back(job);
    updateBusy();
    emit started(stage);
    // Attached last: the continuation of a worker that has already finished runs right here,
    // in this thread; it must find its job listed, and come after `started`.
    job.worker.then(this, [this, stage, key = task.key, token](const Outcome& o) {
        received(token.get());
        forget(token);
        if (o.cancelled || token->isCancelled()) {
            m_pipeline->abandon(stage, key);
            emit cancelled(stage);
        } else if (!o.error.isEmpty()) {
            m_pipeline->fail(stage, key, o.error);
            emit failed(stage, o.error);
        } else if (m_pipeline->accept(stage, key, o.value)) {
            emit finished(stage);
        } else {
            emit dropped(stage);
        }
    });
    return true;
}

std::shared_ptr<CancelToken> StageJobRunner::runFileJob(const QString& title,
                                                        std::function<void(const JobControl&)> work,
                                                        std::function<void(const QString&)> done,
                                                        Priority priority,
                                                        ProgressListener listener)
{
    auto token = std::make_shared<CancelToken>();
    const JobControl control = jobControl(token, std::move(listener));
    emit progress(title, 0);
    Job job{-1, token, {}};
    job.worker = launch<Outcome>(poolFor(priority), priority == Priority::Background, token.get(),
                                 [work = std::move(work), control](Outcome&) { work(control); });
    m_jobs.push_back(job);
    updateBusy();
    // Attached last, as in start().
    job.worker.then(this, [this, token, done = std::move(done)](const Outcome& o) {
        received(token.get());
        forget(token);
        done(o.cancelled ? QStringLiteral("cancelled") : o.error);
    });
    return token;
}

void StageJobRunner::forget(const std::shared_ptr<CancelToken>& cancel)
{
    std::erase_if(m_jobs, [&](const Job& j) { return j.cancel == cancel; });
    updateBusy();
}

void StageJobRunner::cancel(Stage stage)
{
    for (Job& job : m_jobs)
        if (job.stage == int(stage))
            job.cancel->cancel();
}

void StageJobRunner::cancelAll()
{
    for (Job& job : m_jobs)
        job.cancel->cancel();
}

bool StageJobRunner::isRunning(Stage stage) const
{
    return std::any_of(m_jobs.begin(), m_jobs.end(), [stage](const Job& j) {
        return j.stage == int(stage) && !j.cancel->isCancelled();
    });
}

bool StageJobRunner::isBusy() const
{
    return !m_jobs.empty();
}

void StageJobRunner::updateBusy()
{
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

} // namespace traceload
