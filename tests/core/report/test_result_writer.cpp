// The run folder files, byte for byte: the seed's latency file, invocations.csv and the
// keys and counts of summary.json.
#include "common/input_error.h"
#include "report/result_writer.h"
#include "run_result_sample.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace traceload;

namespace {

bool sameJson(const nlohmann::json& actual, const char* expected)
{
    const bool same = actual == nlohmann::json::parse(expected);
    if (!same)
        qWarning("got %s", actual.dump().c_str());
    return same;
}

} // namespace

class TestResultWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paths()
    {
        auto p = ResultWriter::paths(QStringLiteral("/tmp/run"), QStringLiteral("lat.csv"));
        QCOMPARE(p.latency, QStringLiteral("/tmp/run/rps_lat.csv"));
        QCOMPARE(p.invocations, QStringLiteral("/tmp/run/invocations.csv"));
        QCOMPARE(p.summary, QStringLiteral("/tmp/run/summary.json"));
        p = ResultWriter::paths(QStringLiteral("/tmp/run"), QStringLiteral("sub/x.txt"));
        QCOMPARE(p.latency, QStringLiteral("/tmp/run/sub/rps_x.txt"));
        p = ResultWriter::paths({}, QStringLiteral("lat.csv"));
        QCOMPARE(p.latency, QDir::current().filePath(QStringLiteral("rps_lat.csv")));
    }

    void latencyFileIsTheSeeds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rps_lat.csv"));
        ResultWriter::writeLatencyFile(path, test::sampleResult());
        // Measured ok calls only, in completion order, one integer per line.
        QCOMPARE(test::readText(path), QByteArray("20\n300\n"));
    }

    // The seed's semantics on request: every completed measured call, failed ones too.
    void latencyFileWithAllCalls()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rps_lat.csv"));
        RunResult result = test::sampleResult();
        result.options.latencyOfAllCalls = true;
        ResultWriter::writeLatencyFile(path, result);
        QCOMPARE(test::readText(path), QByteArray("20\n50\n300\n5000\n"));
    }

    // Failed calls grouped by gRPC code, with counts; cold starts unknown when no reply
    // said cold or warm (null, not 0).
    void errorsByCodeAndUnknownColdStarts()
    {
        RunResult result = test::sampleResult();
        const auto j = ResultWriter::summaryJson(result, RunSummary::compute(result), {});
        QVERIFY(sameJson(j["errors"], R"({"UNAVAILABLE":{"code":14,"count":1,"measured":1,
            "first_message":"connection refused"},"DEADLINE_EXCEEDED":{"code":4,"count":1,
            "measured":1,"first_message":""}})"));
        QCOMPARE(j["execution_time_scale"].get<double>(), 1.0);
        QCOMPARE(j["latency_file_calls"].get<std::string>(), std::string("ok"));
        for (InvocationRecord& r : result.records)
            r.cold = -1;
        const RunSummary unknown = RunSummary::compute(result);
        QVERIFY(!unknown.coldStartsKnown);
        QVERIFY(sameJson(ResultWriter::summaryJson(result, unknown, {})["cold_starts"],
                         R"({"all":null,"measured":null})"));
    }

    void invocationsCsv()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invocations.csv"));
        ResultWriter::writeInvocations(path, test::sampleResult());
        QCOMPARE(test::readText(path),
                 QByteArray("slot,phase,endpoint,scheduled_us,sent_us,lateness_us,latency_us,"
                            "response_us,status,grpc_code,cold,instance,not_sent_reason\n"
                            "0,warmup,fn-a,0,10,10,100,110,ok,0,true,fn-a-1,\n"
                            "1,measured,fn-a,1000,1005,5,300,305,ok,0,false,fn-a-1,\n"
                            "1,measured,\"fn,b\",1100,1102,2,20,22,ok,0,,,\n"
                            "1,measured,fn-a,1200,1203,3,,,error,14,,,\n"
                            "1,measured,fn-a,1300,1301,1,,,timeout,4,,,\n"
                            "1,measured,fn-a,1400,,,,,not_sent,,,,cancelled\n"));
    }

    void lateCallsAreCountedAndNamed()
    {
        QTemporaryDir dir;
        RunResult result = test::sampleResult();
        result.records.back().markLate();
        const QString csv = dir.filePath(QStringLiteral("invocations.csv"));
        ResultWriter::writeInvocations(csv, result);
        QVERIFY(test::readText(csv).endsWith("1,measured,fn-a,1400,,,,,not_sent,,,,late\n"));
        const QString path = dir.filePath(QStringLiteral("summary.json"));
        ResultWriter::writeSummary(path, result, RunSummary::compute(result), {});
        const auto j = nlohmann::json::parse(test::readText(path).toStdString());
        QCOMPARE(j["counts"]["not_sent"].get<int>(), 1);
        QCOMPARE(j["counts"]["not_sent_late"].get<int>(), 1);
        QCOMPARE(j["measured"]["not_sent_late"].get<int>(), 1);
    }

    void summaryJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summary.json"));
        const RunResult result = test::sampleResult();
        const RunSummary summary = RunSummary::compute(result);
        ResultWriter::writeSummary(path, result, summary,
                                   {ThresholdResult{QStringLiteral("latency.p99<1ms"), 300, true}});
        const auto j = nlohmann::json::parse(test::readText(path).toStdString());
        QVERIFY(sameJson(j["counts"], R"({"scheduled":6,"ok":3,"error":1,
                                                    "timeout":1,"not_sent":1,"not_sent_late":0})"));
        QVERIFY(sameJson(j["measured"], R"({"scheduled":5,"ok":2,"error":1,
                                                      "timeout":1,"not_sent":1,"not_sent_late":0})"));
        QCOMPARE(j["rate"]["target"].get<double>(), 5000.0); // 5 calls in 1 ms
        QCOMPARE(j["rate"]["achieved"].get<double>(), 4000.0);
        QCOMPARE(j["latency_us"]["p50"].get<int>(), 20);
        QCOMPARE(j["latency_us"]["p99"].get<int>(), 300);
        QCOMPARE(j["latency_us"]["max"].get<int>(), 300);
        QCOMPARE(j["response_us"]["p50"].get<int>(), 22);
        QCOMPARE(j["lateness_us"]["p50"].get<int>(), 2);
        QCOMPARE(j["lateness_us"]["max"].get<int>(), 5);
        for (const char* key : {"latency_us", "response_us", "lateness_us"})
            for (const char* p : {"p50", "p90", "p99", "p999", "max"})
                QVERIFY2(j[key].contains(p), p);
        QVERIFY(sameJson(j["thresholds"],
                         R"([{"expr":"latency.p99<1ms","value":300.0,"passed":true}])"));
        QCOMPARE(j["inputs"]["load"]["sha256"].get<std::string>(), std::string("ab12"));
        QCOMPARE(j["seed"].get<int>(), 7);
        QCOMPARE(j["start_unix_us"].get<std::int64_t>(), 1'700'000'000'000'000);
        QCOMPARE(j["speedup"].get<double>(), 1.0);
        QCOMPARE(j["cold_starts"]["all"].get<int>(), 1);
        QCOMPARE(j["cold_starts"]["measured"].get<int>(), 0);
        QCOMPARE(j["errors"]["UNAVAILABLE"]["first_message"].get<std::string>(),
                 std::string("connection refused"));
        QCOMPARE(j["version"].get<std::string>(), std::string(TRACELOAD_VERSION));
        QCOMPARE(j["cancelled"].get<bool>(), false);
        // Everything happened in second 0.
        QVERIFY(sameJson(j["timeline"], R"([{"t_s":0,"issued":5,"completed":5,
            "errors":2,"p50_us":100,"p99_us":300,"lateness_p99_us":10}])"));
    }

    void missingFolderLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nope/invocations.csv"));
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 ResultWriter::writeInvocations(path, test::sampleResult()));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestResultWriter)
#include "test_result_writer.moc"
