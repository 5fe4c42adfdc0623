// Every backend reports each service's state as it changes (DeployOptions::serviceState):
// pending -> applying -> ready | failed, and every command's exit status through `message`.
#include "common/input_error.h"
#include "deploy/deployment_backend.h"
#include "fake_kube/fake_kube.h"
#include "knative_sample.h"
#include "test_support.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <mutex>
#include <thread>

using namespace traceload;

namespace {

// What the sink received, per service in plan order.
struct Recorded
{
    std::mutex mutex;
    std::vector<ServiceProgress> events;
    int concurrent = 0;
    bool overlapped = false;

    ServiceStateSink sink()
    {
        return [this](const ServiceProgress& p) {
            {
                const std::lock_guard lock(mutex);
                overlapped = overlapped || concurrent > 0;
                ++concurrent;
                events.push_back(p);
            }
            QThread::usleep(200); // widens the window in which an overlapping call would show
            const std::lock_guard lock(mutex);
            --concurrent;
        };
    }
    QStringList sequence(const QString& service) const
    {
        QStringList states;
        for (const ServiceProgress& p : events)
            if (p.service == service)
                states << serviceStateName(p.state);
        return states;
    }
};

} // namespace

class TestServiceStates : public QObject
{
    Q_OBJECT

private slots:
    void sequencePerService_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("services");
        QTest::addColumn<QString>("emulator");     // local: "" = the real traceload-function
        QTest::addColumn<int>("failOn");           // knative: apply of this service fails
        QTest::addColumn<int>("neverReady");       // knative: this service never becomes Ready
        QTest::addColumn<QStringList>("expected"); // per service: states, space-separated
        QTest::addColumn<bool>("throws");

        const QString all3 = QStringLiteral("pending applying ready");
        QTest::newRow("dry-run") << "dry-run" << 3 << QString() << -1 << -1
                                 << QStringList(3, QStringLiteral("pending ready")) << false;
        QTest::newRow("local") << "local" << 3 << QString() << -1 << -1 << QStringList(3, all3)
                               << false;
        QTest::newRow("local, emulator exits at once")
            << "local" << 2 << QStandardPaths::findExecutable(QStringLiteral("false")) << -1 << -1
            << QStringList(2, QStringLiteral("pending applying failed")) << true;
        QTest::newRow("knative") << "knative" << 3 << QString() << -1 << -1 << QStringList(3, all3)
                                 << false;
        // One apply at a time: the first service is up (the failure's snapshot of the cluster
        // finds it Ready), the second fails, the others are never tried.
        QTest::newRow("knative, an apply fails")
            << "knative" << 4 << QString() << 1 << -1
            << QStringList{all3, QStringLiteral("pending applying failed"),
                           QStringLiteral("pending"), QStringLiteral("pending")}
            << true;
        QTest::newRow("knative, readiness timeout")
            << "knative" << 3 << QString() << -1 << 2
            << QStringList{all3, all3, QStringLiteral("pending applying failed")} << true;
    }

    void sequencePerService()
    {
        QFETCH(QString, backend);
        QFETCH(int, services);
        QFETCH(QString, emulator);
        QFETCH(int, failOn);
        QFETCH(int, neverReady);
        QFETCH(QStringList, expected);
        QFETCH(bool, throws);

        test::FakeKube kube;
        QTemporaryDir dir;
        const ServicePlan plan = test::smallPlan(services);
        DeployOptions options = test::fastOptions(dir.filePath("build"));
        options.jobs = 1;
        options.readyTimeoutSeconds = 2;
        options.emulatorProgram =
            emulator.isEmpty() ? test::binary(QStringLiteral("traceload-function")) : emulator;
        if (failOn >= 0)
            test::FakeKube::set("FAKE_KUBECTL_FAIL_ON",
                                (plan.services[size_t(failOn)].name + ".yaml").toUtf8());
        if (neverReady >= 0)
            test::FakeKube::set("FAKE_KN_NEVER_READY",
                                plan.services[size_t(neverReady)].name.toUtf8());
        Recorded recorded;
        options.serviceState = recorded.sink();
        QStringList messages;
        options.message = [&messages](const QString& m) {
            messages << m;
        };

        const auto backendObject = createDeploymentBackend(backend, options);
        QVERIFY(backendObject);
        bool threw = false;
        try {
            backendObject->deploy(plan, test::sample().catalogue, &test::sample().config, {});
        } catch (const InputError& e) {
            threw = true;
            if (!throws)
                QFAIL(qPrintable(e.toString()));
        }
        QCOMPARE(threw, throws);

        QVERIFY(!recorded.overlapped);
        for (size_t i = 0; i < plan.services.size(); ++i) {
            const QString& name = plan.services[i].name;
            QCOMPARE(recorded.sequence(name).join(u' '), expected.at(qsizetype(i)));
        }
        qint64 last = -1;
        for (const ServiceProgress& p : recorded.events) {
            QCOMPARE(plan.services.at(size_t(p.index)).name, p.service);
            QCOMPARE(p.proxy,
                     test::sample()
                         .catalogue.proxies[size_t(plan.services[size_t(p.index)].proxyIndex)]
                         .name);
            QVERIFY(p.elapsedMs >= last); // reported in order, on one clock
            last = p.elapsedMs;
            // A failure says why, naming the command or the timeout.
            QCOMPARE(p.message.isEmpty(), p.state != ServiceState::Failed);
        }
        if (failOn >= 0) {
            const auto failed = std::find_if(
                recorded.events.begin(), recorded.events.end(),
                [](const ServiceProgress& p) { return p.state == ServiceState::Failed; });
            QVERIFY(failed->message.contains(QStringLiteral("kubectl apply -f")));
            // The failing command's exit status reached the command log too.
            QVERIFY2(messages.filter(QStringLiteral(" → failed: exit code 1")).size() == 1,
                     qPrintable(messages.join(u'\n')));
        }
        if (neverReady >= 0)
            QVERIFY(recorded.events.back().message.contains(QStringLiteral("--ready-timeout")));
        if (backend == u"knative") {
            // Every command reports its exit status: one line per apply that succeeded.
            const int applied = failOn >= 0 ? failOn : services;
            QCOMPARE(messages
                         .filter(QRegularExpression(
                             QStringLiteral("^kubectl apply -f \\S+ → exit 0 \\(\\d+\\.\\d s\\)$")))
                         .size(),
                     applied);
            QVERIFY(!messages.filter(QStringLiteral("kn service list -o json → exit 0")).isEmpty());
        }
        if (backend == u"local" && !throws) {
            QVERIFY(!messages.filter(QStringLiteral("the emulator started, pid ")).isEmpty());
            teardownDeployment(options);
        }
        if (backend == u"knative")
            teardownDeployment(options);
    }

    // Cancelling while `kn service list` hangs kills it at once; the applied services stay
    // applying (the record lists them for teardown).
    void cancelWhileKnHangs()
    {
        test::FakeKube kube;
        test::FakeKube::set("FAKE_KN_HANG", "1");
        QTemporaryDir dir;
        const ServicePlan plan = test::smallPlan(3);
        DeployOptions options = test::fastOptions(dir.filePath("build"));
        options.commandTimeoutMs = 300000;
        Recorded recorded;
        options.serviceState = recorded.sink();
        CancelToken cancel;
        const JobControl job(&cancel, {});
        bool cancelled = false;
        std::thread worker([&] {
            try {
                createDeploymentBackend(QStringLiteral("knative"), options)
                    ->deploy(plan, test::sample().catalogue, &test::sample().config, job);
            } catch (const Cancelled&) {
                cancelled = true;
            } catch (...) {
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(kube.countCommands(QStringLiteral("kn service list -o json")) > 0,
                                 20000);
        QTest::qWait(200);
        QElapsedTimer clock;
        clock.start();
        cancel.cancel();
        worker.join();
        QVERIFY(cancelled);
        QVERIFY2(clock.elapsed() < 20000, "the hanging kn was waited for, not killed");
        QCOMPARE(DeploymentRecord::read(options.buildDir)->status, QStringLiteral("cancelled"));
        for (const ServiceSpec& spec : plan.services)
            QCOMPARE(recorded.sequence(spec.name).join(u' '), QStringLiteral("pending applying"));
        test::FakeKube::set("FAKE_KN_HANG", "0");
        options.serviceState = {};
        teardownDeployment(options);
        QVERIFY(kube.services().isEmpty());
    }

    // Without a sink nothing is reported and nothing breaks (the batch commands).
    void noSink()
    {
        QTemporaryDir dir;
        DeployOptions options = test::fastOptions(dir.filePath("build"));
        const Deployment d =
            createDeploymentBackend(QStringLiteral("dry-run"), options)
                ->deploy(test::smallPlan(2), test::sample().catalogue, nullptr, {});
        QCOMPARE(d.serviceEndpoints.size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestServiceStates)
#include "test_service_states.moc"
