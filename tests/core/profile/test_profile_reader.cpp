#include "common/input_error.h"
#include "profile/profile_reader.h"
#include "test_support.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace traceload;

namespace {
// The proxy names of a profile.json as they appear in its text, read without a JSON
// parser: the keys indented by exactly four spaces (the file's layout).
QStringList namesInFileOrder(const QString& path)
{
    static const QRegularExpression key(QStringLiteral("^    \"([^\"]+)\": \\{\\s*$"));
    QStringList names;
    for (const QString& line : QString::fromUtf8(test::readText(path)).split(u'\n')) {
        const auto match = key.match(line);
        if (match.hasMatch())
            names.append(match.captured(1));
    }
    return names;
}

QStringList namesOf(const ProxyCatalogue& catalogue)
{
    QStringList names;
    for (const ProxyFunction& proxy : catalogue.proxies)
        names.append(proxy.name);
    return names;
}

// A valid entry, with `extra` spliced into its object.
QByteArray entry(const QByteArray& name, const QByteArray& extra = {})
{
    return "\"" + name + "\": {\"name\": \"" + name + "\", \"yaml\": \"./yamls/" + name +
           ".yaml\", \"memory\": {\"75-percentile\": 20.5}, \"duration\": {\"75-percentile\": "
           "3}" +
           extra + "}";
}
} // namespace

class TestProfileReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleProfileKeepsFileOrder()
    {
        const ProxyCatalogue catalogue = ProfileReader::read(test::sampleProfile());
        const QStringList expected = namesInFileOrder(test::sampleProfile());
        QCOMPARE(expected.size(), 191);
        QCOMPARE(namesOf(catalogue), expected);
        QVERIFY(expected != [&] {
            QStringList sorted = expected;
            sorted.sort();
            return sorted;
        }()); // the file is not sorted, so a sorting parser would be caught
        QCOMPARE(catalogue.sourceFile, test::sampleProfile());

        const ProxyFunction& first = catalogue.proxies.front();
        QCOMPARE(first.name, QStringLiteral("aes-go-10-10"));
        QCOMPARE(first.yaml, QStringLiteral("./yamls/aes-go/kn-aes-go-10-10.yaml"));
        QCOMPARE(first.yamlPath, test::sampleDir() + "/yamls/aes-go/kn-aes-go-10-10.yaml");
        QVERIFY(QFileInfo::exists(first.yamlPath));
        QCOMPARE(first.memoryMb.size(), std::size_t(9));
        QCOMPARE(first.memoryMb.at(75), 24.764468864468867);
        QCOMPARE(first.durationMs.at(75), 0.7466532679738556);
        QCOMPARE(first.cpu.at(0), 3.0);
        QCOMPARE(catalogue.indexOf(QStringLiteral("aes-go-100-101")), 1);
        QCOMPARE(catalogue.indexOf(QStringLiteral("no-such-proxy")), -1);
        for (const ProxyFunction& proxy : catalogue.proxies)
            QVERIFY2(QFileInfo::exists(proxy.yamlPath), qPrintable(proxy.yamlPath));
    }

    void bundledProfile()
    {
        const ProxyCatalogue bundled = ProfileReader::bundled();
        QCOMPARE(bundled.sourceFile, QStringLiteral(":/traceload/vswarm/profile.json"));
        QCOMPARE(bundled.proxies.size(), std::size_t(191));
        QCOMPARE(namesOf(bundled), namesInFileOrder(test::sampleProfile()));
        QCOMPARE(bundled.proxies.front().yamlPath,
                 QStringLiteral(":/traceload/vswarm/yamls/aes-go/kn-aes-go-10-10.yaml"));
        for (const ProxyFunction& proxy : bundled.proxies)
            QVERIFY2(QFile::exists(proxy.yamlPath), qPrintable(proxy.yamlPath));

        const ProxyCatalogue onDisk = ProfileReader::bundled(test::sampleDir());
        QCOMPARE(onDisk.proxies.back().yamlPath,
                 test::sampleDir() + "/yamls/auth/kn-auth-nodejs.yaml");
    }

    void keepsOrderAndResolvesYaml()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/profile.json"));
        test::writeText(path, "{" + entry("zeta") + ", " + entry("alpha") + ", " +
                                  entry("mid", ", \"cpu\": {\"50-percentile\": 0}") + "}");
        const ProxyCatalogue catalogue = ProfileReader::read(path);
        QCOMPARE(namesOf(catalogue), (QStringList{"zeta", "alpha", "mid"}));
        QCOMPARE(catalogue.proxies[1].yamlPath, dir.path() + "/p/yamls/alpha.yaml");
        QCOMPARE(catalogue.proxies[2].cpu.at(50), 0.0);
        QVERIFY(catalogue.proxies[0].cpu.empty());
        QCOMPARE(catalogue.proxies[0].memoryMb.at(75), 20.5);
        QCOMPARE(catalogue.proxies[0].durationMs.at(75), 3.0);

        // parse() with a base folder; "sub/../" is cleaned away.
        const ProxyCatalogue parsed = ProfileReader::parse(
            R"({"a": {"name": "a", "yaml": "sub/../y/a.yaml", "memory": {}, "duration": {}}})",
            QStringLiteral("inline.json"), QStringLiteral("/base/dir"));
        QCOMPARE(parsed.proxies[0].yamlPath, QStringLiteral("/base/dir/y/a.yaml"));
        QCOMPARE(parsed.sourceFile, QStringLiteral("inline.json"));
        // No yaml: empty paths.
        const ProxyCatalogue noYaml = ProfileReader::parse(
            R"({"a": {"name": "a", "memory": {}, "duration": {}}})", "x.json", "/base");
        QVERIFY(noYaml.proxies[0].yaml.isEmpty());
        QVERIFY(noYaml.proxies[0].yamlPath.isEmpty());
    }

    void badProfile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty file")
            << QByteArray() << qint64(1) << "column 1"
            << "not valid JSON: syntax error while parsing value - unexpected end of input";
        QTest::newRow("missing comma")
            << QByteArray("{\n  \"a\": {\n    \"name\": \"a\",\n    \"memory\": {}\n"
                          "    \"duration\": {}\n  }\n}")
            << qint64(5) << "column 14"
            << "not valid JSON: syntax error while parsing object - unexpected string literal";
        QTest::newRow("column counts characters")
            << QByteArray("{\"\xc3\xa4\": x}") << qint64(1) << "column 7"
            << "not valid JSON: syntax error while parsing value - invalid literal";
        QTest::newRow("number overflow") << QByteArray("{\"a\": 1e999}") << qint64(1) << "column 11"
                                         << "not valid JSON: number overflow parsing '1e999'";
        QTest::newRow("list") << QByteArray("[]") << qint64(0) << ""
                              << "expected an object keyed by proxy name, found a list";
        QTest::newRow("empty object") << QByteArray(" { } ") << qint64(0) << ""
                                      << "no proxy functions";
        QTest::newRow("entry not object")
            << QByteArray("{" + entry("ok") + ", \"a\": 3}") << qint64(0) << "a"
            << "expected an object, found a number";
        QTest::newRow("missing name")
            << QByteArray(R"({"a": {"memory": {}, "duration": {}}})") << qint64(0) << "a.name"
            << "required key is missing";
        QTest::newRow("name not string")
            << QByteArray(R"({"a": {"name": 1, "memory": {}, "duration": {}}})") << qint64(0)
            << "a.name"
            << "expected a string, found a number";
        QTest::newRow("missing memory")
            << QByteArray(R"({"a": {"name": "a", "duration": {}}})") << qint64(0) << "a.memory"
            << "required key is missing";
        QTest::newRow("missing duration")
            << QByteArray(R"({"a": {"name": "a", "memory": {}}})") << qint64(0) << "a.duration"
            << "required key is missing";
        QTest::newRow("memory not object")
            << QByteArray(R"({"a": {"name": "a", "memory": [1], "duration": {}}})") << qint64(0)
            << "a.memory"
            << "expected an object of \"N-percentile\" values, found a list";
        QTest::newRow("non-numeric value")
            << QByteArray("{" + entry("aes-go-10-10") +
                          ", \"b\": {\"name\": \"b\", \"memory\": "
                          "{\"75-percentile\": \"big\"}, \"duration\": {}}}")
            << qint64(0) << "b.memory.75-percentile"
            << "expected a number, found a string";
        QTest::newRow("non-numeric named key")
            << QByteArray("{" + entry("aes-go-10-10", ", \"cpu\": {\"5-percentile\": null}") + "}")
            << qint64(0) << "aes-go-10-10.cpu.5-percentile"
            << "expected a number, found null";
        QTest::newRow("bad percentile key")
            << QByteArray(R"({"a": {"name": "a", "memory": {"p75": 1}, "duration": {}}})")
            << qint64(0) << "a.memory.p75"
            << "expected a key \"N-percentile\" with N from 0 to 100";
        QTest::newRow("percentile above 100")
            << QByteArray(
                   R"({"a": {"name": "a", "memory": {}, "duration": {"101-percentile": 1}}})")
            << qint64(0) << "a.duration.101-percentile"
            << "expected a key \"N-percentile\" with N from 0 to 100";
        // Issue 12, finding 7: negative values passed the reader; the emulator rejected them
        // later, blaming the services.json it had been given.
        QTest::newRow("negative duration")
            << QByteArray(R"({"a": {"name": "a", "memory": {"75-percentile": 1}, )"
                          R"("duration": {"75-percentile": -2.5}}})")
            << qint64(0) << "a.duration.75-percentile"
            << "must be a number >= 0, found -2.5";
        QTest::newRow("negative memory at an unused percentile")
            << QByteArray(R"({"a": {"name": "a", "memory": {"75-percentile": 1, )"
                          R"("5-percentile": -1}, "duration": {"75-percentile": 2}}})")
            << qint64(0) << "a.memory.5-percentile"
            << "must be a number >= 0, found -1";
        QTest::newRow("negative cpu")
            << QByteArray("{" + entry("aes-go-10-10", ", \"cpu\": {\"50-percentile\": -0.5}") + "}")
            << qint64(0) << "aes-go-10-10.cpu.50-percentile"
            << "must be a number >= 0, found -0.5";
        QTest::newRow("duplicate key")
            << QByteArray("{" + entry("a") + ",\n" + entry("a") + "}") << qint64(0) << "a"
            << "key appears more than once in the same object";
        QTest::newRow("duplicate nested key")
            << QByteArray(
                   R"({"a": {"name": "a", "memory": {"75-percentile": 1, "75-percentile": 2}}})")
            << qint64(0) << "a.memory.75-percentile"
            << "key appears more than once in the same object";
        QTest::newRow("duplicate name")
            << QByteArray(R"({"a": {"name": "x", "memory": {}, "duration": {}},)"
                          R"( "b": {"name": "x", "memory": {}, "duration": {}}})")
            << qint64(0) << "b.name"
            << "proxy name \"x\" is already used by entry \"a\"";
    }

    void badProfile()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        test::writeText(path, json);
        try {
            ProfileReader::read(path);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), path);
            QCOMPARE(e.line(), line);
            QCOMPARE(e.field(), field);
            QVERIFY2(e.message().startsWith(message), qPrintable(e.toString()));
        }
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nope/profile.json"));
        try {
            ProfileReader::read(path);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.toString(), path + ": file is missing");
        }
        try {
            ProfileReader::read(dir.path());
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.toString(), dir.path() + ": is a folder, not a file");
        }
    }

    void messageFormat()
    {
        try {
            ProfileReader::parse("{\n\"a\": }", QStringLiteral("p.json"), {});
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.toString(),
                     QStringLiteral("p.json:2: column 6: not valid JSON: syntax error while "
                                    "parsing value - unexpected '}'; expected '[', '{', or a "
                                    "literal"));
        }
    }

    void validateForMapping_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("percentile");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::addColumn<QString>("message");

        const QByteArray good = "{" + entry("a") + ", " + entry("b") + "}";
        QTest::newRow("valid") << good << 75 << ""
                               << "";
        QTest::newRow("missing memory percentile") << good << 60 << "a.memory.60-percentile"
                                                   << "missing (mapping at percentile 60 needs it)";
        QTest::newRow("missing duration percentile")
            << QByteArray(R"({"a": {"name": "a", "memory": {"5-percentile": 1}, "duration": {}}})")
            << 5 << "a.duration.5-percentile"
            << "missing (mapping at percentile 5 needs it)";
        QTest::newRow("zero memory")
            << QByteArray("{" + entry("a") +
                          R"(, "b": {"name": "b", "memory": {"75-percentile": 0}, )"
                          R"("duration": {"75-percentile": 1}}})")
            << 75 << "b.memory.75-percentile"
            << "must be a number > 0, found 0";
        QTest::newRow("percentile out of range") << good << 101 << ""
                                                 << "percentile 101 is outside 0..100";
    }

    void validateForMapping()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, percentile);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const ProxyCatalogue catalogue = ProfileReader::parse(json, QStringLiteral("p.json"), {});
        try {
            traceload::validateForMapping(catalogue, percentile);
            QVERIFY2(message.isEmpty(), "expected an InputError");
        } catch (const InputError& e) {
            QVERIFY2(!message.isEmpty(), qPrintable(e.toString()));
            QCOMPARE(e.file(), QStringLiteral("p.json"));
            QCOMPARE(e.field(), field);
            QCOMPARE(e.message(), message);
        }
    }

    void validateSampleProfile()
    {
        const ProxyCatalogue catalogue = ProfileReader::bundled();
        for (const int percentile : {0, 1, 5, 25, 50, 75, 95, 99, 100})
            traceload::validateForMapping(catalogue, percentile);
        try {
            traceload::validateForMapping(catalogue, 60);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(e.toString(), QStringLiteral(":/traceload/vswarm/profile.json: "
                                                  "aes-go-10-10.memory.60-percentile: missing "
                                                  "(mapping at percentile 60 needs it)"));
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileReader)
#include "test_profile_reader.moc"
