#include "common/input_error.h"
#include "mapping/mapper.h"
#include "mapping_fixtures.h"
#include "profile/profile_reader.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace traceload;

namespace {
Trace handTrace()
{
    return test::makeTrace({{"f1", 100, 10}, {"f2", 1, 1000}, {"f3", 0, 0.5}});
}

ProxyCatalogue handCatalogue()
{
    return test::makeCatalogue({{"small", 0.02, 1}, {"mid", 90, 12}, {"slow", 2, 900}});
}
} // namespace

class TestMappingFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mapping.json"));
        const Trace trace = handTrace();
        const ProxyCatalogue catalogue = handCatalogue();
        const Mapping mapping = Mapper::map(trace, catalogue, {});
        MappingFile::write(path, mapping);

        // The file: an object keyed by trace id, in trace order, {"proxy", "error"} each.
        const QByteArray text = test::readText(path);
        QVERIFY2(
            text.startsWith("{\n    \"f1\": {\n        \"proxy\": \"mid\",\n        \"error\": "),
            text.constData());
        QVERIFY(text.endsWith("\n    }\n}\n"));
        QVERIFY(text.indexOf("\"f1\"") < text.indexOf("\"f2\""));
        QVERIFY(text.indexOf("\"f2\"") < text.indexOf("\"f3\""));
        const QJsonObject json = QJsonDocument::fromJson(text).object();
        QCOMPARE(json.keys(), (QStringList{"f1", "f2", "f3"}));
        const QJsonObject f2 = json[QLatin1String("f2")].toObject();
        QCOMPARE(f2.keys(), (QStringList{"error", "proxy"}));
        QCOMPARE(f2[QLatin1String("proxy")].toString(), QStringLiteral("slow"));
        QCOMPARE(f2[QLatin1String("error")].toDouble(), mapping.entries[1].error);

        const Mapping read = MappingFile::read(path, trace, catalogue, 75);
        QCOMPARE(read.sourceFile, path);
        QVERIFY(read.warnings.isEmpty());
        QCOMPARE(read.percentile, 75);
        QCOMPARE(read.entries.size(), mapping.entries.size());
        for (std::size_t i = 0; i < read.entries.size(); ++i) {
            QCOMPARE(read.entries[i].traceId, mapping.entries[i].traceId);
            QCOMPARE(read.entries[i].proxyName, mapping.entries[i].proxyName);
            QCOMPARE(read.entries[i].proxyIndex, mapping.entries[i].proxyIndex);
            QCOMPARE(read.entries[i].error, mapping.entries[i].error);
        }
    }

    void emptyMapping()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.json"));
        MappingFile::write(path, Mapping{});
        QCOMPARE(test::readText(path), QByteArray("{}\n"));
    }

    void partialFileOverrides()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("override.json"));
        // f2 forced onto "mid", with a stale error that must be recomputed; f1 and f3 absent.
        test::writeText(path, R"({"f2": {"proxy": "mid", "error": 999}})");
        const Trace trace = handTrace();
        const ProxyCatalogue catalogue = handCatalogue();
        const Mapping mapping = MappingFile::read(path, trace, catalogue, 75);
        QCOMPARE(test::proxyNames(mapping), (QStringList{"mid", "mid", "small"}));
        QCOMPARE(mapping.entries[1].proxyIndex, 1);
        QCOMPARE(mapping.entries[1].error, mappingDistance(1, 1000, 90, 12));
        QCOMPARE(mapping.entries[0].error, mappingDistance(100, 10, 90, 12));
        QCOMPARE(mapping.warnings,
                 QStringList{QStringLiteral("2 of 3 trace functions are not in %1; they were "
                                            "mapped to their nearest proxy")
                                 .arg(path)});

        // The hand-written shorthand {"<id>": "<proxy>"} and another percentile.
        test::writeText(path, R"({"f3": "slow", "f1": "small", "f2": {"proxy": "slow"}})");
        const Mapping at50 = MappingFile::read(path, trace, catalogue, 50);
        QCOMPARE(test::proxyNames(at50), (QStringList{"small", "slow", "slow"}));
        QVERIFY(at50.warnings.isEmpty());
        QCOMPARE(at50.percentile, 50);
        QVERIFY(std::fabs(at50.entries[2].error - mappingDistance(0, 1, 4, 1800)) < 1e-12);
    }

    void emptyObjectMapsEverythingNearest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.json"));
        test::writeText(path, "{}");
        const Mapping mapping = MappingFile::read(path, handTrace(), handCatalogue(), 75);
        QCOMPARE(test::proxyNames(mapping),
                 test::proxyNames(Mapper::map(handTrace(), handCatalogue(), {})));
        QCOMPARE(mapping.warnings.size(), 1);
        QVERIFY(mapping.warnings[0].startsWith(QStringLiteral("3 of 3 trace functions")));
    }

    void badFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"f1\": {\"proxy\": \"mid\"}\n\"f2\": 1}")
                                  << qint64(2) << "column 4"
                                  << "not valid JSON: syntax error while parsing object - "
                                     "unexpected string literal; expected '}'";
        QTest::newRow("list") << QByteArray("[]") << qint64(0) << ""
                              << "expected an object keyed by trace function id, found a list";
        QTest::newRow("unknown trace id")
            << QByteArray(R"({"f1": {"proxy": "mid"}, "nope": {"proxy": "mid"}})") << qint64(0)
            << "nope"
            << "no trace function has this id";
        QTest::newRow("unknown proxy")
            << QByteArray(R"({"f1": {"proxy": "gone"}})") << qint64(0) << "f1.proxy"
            << "unknown proxy \"gone\" (not in hand-made profile.json)";
        QTest::newRow("proxy missing")
            << QByteArray(R"({"f1": {"error": 1}})") << qint64(0) << "f1.proxy"
            << "required key is missing";
        QTest::newRow("proxy not string")
            << QByteArray(R"({"f1": {"proxy": 3}})") << qint64(0) << "f1.proxy"
            << "expected a string, found a number";
        QTest::newRow("value not object")
            << QByteArray(R"({"f1": 3})") << qint64(0) << "f1"
            << "expected an object {\"proxy\": name, \"error\": distance}, found a number";
        QTest::newRow("duplicate id")
            << QByteArray(R"({"f1": "mid", "f1": "slow"})") << qint64(0) << "f1"
            << "key appears more than once in the same object";
    }

    void badFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mapping.json"));
        test::writeText(path, json);
        try {
            MappingFile::read(path, handTrace(), handCatalogue(), 75);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), path);
            QCOMPARE(e.line(), line);
            QCOMPARE(e.field(), field);
            QCOMPARE(e.message(), message);
        }
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.json"));
        try {
            MappingFile::read(path, handTrace(), handCatalogue(), 75);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.toString(), path + ": file is missing");
        }
    }

    void writeIsAtomic()
    {
        QTemporaryDir dir;
        const Mapping mapping = Mapper::map(handTrace(), handCatalogue(), {});
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/mapping.json"));
        QVERIFY_THROWS_EXCEPTION(InputError, MappingFile::write(missing, mapping));
        QVERIFY(!QFileInfo::exists(missing));
        // Overwriting keeps a complete file.
        const QString path = dir.filePath(QStringLiteral("m.json"));
        test::writeText(path, "old");
        MappingFile::write(path, mapping);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"m.json"});
        QVERIFY(QJsonDocument::fromJson(test::readText(path)).isObject());
    }

    // The reference mapping of the sample, read as a mapping file, is the nearest mapping.
    void readsSampleReference()
    {
        const Trace trace = test::sampleTrace();
        const ProxyCatalogue catalogue = ProfileReader::bundled();
        const QString path =
            test::fixturesDir() + QStringLiteral("/mapping/sample_nearest_p75.json");
        const Mapping read = MappingFile::read(path, trace, catalogue, 75);
        const Mapping nearest = Mapper::map(trace, catalogue, {});
        QVERIFY(read.warnings.isEmpty());
        QCOMPARE(test::proxyNames(read), test::proxyNames(nearest));
        for (std::size_t i = 0; i < read.entries.size(); ++i)
            QCOMPARE(read.entries[i].error, nearest.entries[i].error);

        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("sample.json"));
        MappingFile::write(copy, read);
        QCOMPARE(test::proxyNames(MappingFile::read(copy, trace, catalogue, 75)),
                 test::proxyNames(nearest));
    }
};

QTEST_GUILESS_MAIN(TestMappingFile)
#include "test_mapping_file.moc"
