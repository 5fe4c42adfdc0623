// Service names (DNS-1123 labels, unique, stable) and the dry-run deployment.
#include "common/input_error.h"
#include "deploy/service_plan.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace traceload;

namespace {

const QRegularExpression kLabel(QStringLiteral("^[a-z]([-a-z0-9]*[a-z0-9])?$"));

bool isLabel(const QString& name)
{
    return name.size() <= 63 && kLabel.match(name).hasMatch();
}

QString sha1(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

ProxyCatalogue catalogue(const QStringList& names)
{
    ProxyCatalogue c;
    c.sourceFile = QStringLiteral("/profiles/profile.json");
    for (const auto& name : names) {
        ProxyFunction p;
        p.name = name;
        c.proxies.push_back(p);
    }
    return c;
}

// The proxies of the bundled profile.json (in the key order QJsonObject gives).
ProxyCatalogue sampleCatalogue()
{
    QFile f(traceload::test::sampleProfile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return catalogue(QJsonDocument::fromJson(f.readAll()).object().keys());
}

// The 250 function ids of the bundled sample trace (HashOwner + HashApp + HashFunction).
QStringList sampleIds()
{
    QFile f(traceload::test::sampleTraceDir() + QStringLiteral("/invocations.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList ids;
    f.readLine(); // header
    while (!f.atEnd()) {
        const QList<QByteArray> fields = f.readLine().trimmed().split(',');
        if (fields.size() > 3)
            ids << QString::fromLatin1(fields[0] + fields[1] + fields[2]);
    }
    return ids;
}

Mapping mapping(const QStringList& ids, const ProxyCatalogue& c,
                const std::function<int(int)>& proxyOf)
{
    Mapping m;
    for (int i = 0; i < ids.size(); ++i) {
        const int p = proxyOf(i);
        m.entries.push_back({ids[i], p, c.proxies[std::size_t(p)].name, 0.1});
    }
    return m;
}

void checkPlan(const ServicePlan& plan, const Mapping& m)
{
    QCOMPARE(plan.serviceOfFunction.size(), m.entries.size());
    QSet<QString> names;
    std::vector<int> served(m.entries.size(), 0);
    for (std::size_t s = 0; s < plan.services.size(); ++s) {
        const ServiceSpec& service = plan.services[s];
        QVERIFY2(isLabel(service.name), qPrintable(service.name));
        QVERIFY2(!names.contains(service.name), qPrintable(service.name));
        names.insert(service.name);
        for (const int f : service.traceFunctions) {
            QCOMPARE(plan.serviceOfFunction[std::size_t(f)], int(s));
            QCOMPARE(m.entries[std::size_t(f)].proxyIndex, service.proxyIndex);
            ++served[std::size_t(f)];
        }
    }
    QCOMPARE(std::count(served.begin(), served.end(), 1), std::ptrdiff_t(served.size()));
}

} // namespace

class TestServicePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void label_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expected");
        const QString longBase = QStringLiteral("fibonacci-python-") + QString(80, u'x');
        QTest::newRow("plain") << "aes-go-10-10"
                               << "1a2b3c4d"
                               << "aes-go-10-10-1a2b3c4d";
        QTest::newRow("no suffix") << "aes-go-10-10"
                                   << ""
                                   << "aes-go-10-10";
        QTest::newRow("upper case and dots") << "Image_Rotate.Go"
                                             << "ABC"
                                             << "image-rotate-go-abc";
        QTest::newRow("runs collapse") << "a__b..c"
                                       << ""
                                       << "a-b-c";
        QTest::newRow("edges trimmed") << "--x--"
                                       << "-y-"
                                       << "x-y";
        QTest::newRow("starts with a digit") << "123abc"
                                             << "s"
                                             << "fn-123abc-s";
        QTest::newRow("empty base") << ""
                                    << "1234"
                                    << "fn-1234";
        QTest::newRow("nothing valid") << "***"
                                       << ""
                                       << "fn";
        QTest::newRow("non-ASCII") << "Ünïcode"
                                   << ""
                                   << "n-code";
        QTest::newRow("long base, suffix kept")
            << longBase << "deadbeef" << (longBase.left(54) + QStringLiteral("-deadbeef"));
        QTest::newRow("truncation ends at a dash")
            << (QString(53, u'a') + QStringLiteral("-bbbbbb")) << "deadbeef"
            << (QString(53, u'a') + QStringLiteral("-deadbeef"));
        QTest::newRow("long suffix")
            << "proxy" << QString(70, u'7') << (QStringLiteral("p-") + QString(61, u'7'));
    }
    void label()
    {
        QFETCH(QString, base);
        QFETCH(QString, suffix);
        QFETCH(QString, expected);
        const QString name = dns1123Label(base, suffix);
        QCOMPARE(name, expected);
        QVERIFY2(isLabel(name), qPrintable(name));
    }

    // The 250 functions of the sample, spread over the profile or all on one proxy (then
    // only the suffix tells them apart): valid, unique, stable names.
    void sampleNames_data()
    {
        QTest::addColumn<int>("stride"); // proxy of function i: (i * stride) % proxies
        QTest::newRow("spread") << 7;
        QTest::newRow("all on one proxy") << 0;
    }
    void sampleNames()
    {
        QFETCH(int, stride);
        const ProxyCatalogue c = sampleCatalogue();
        const QStringList ids = sampleIds();
        QCOMPARE(c.proxies.size(), std::size_t(191));
        QCOMPARE(ids.size(), 250);
        const int proxies = int(c.proxies.size());
        const Mapping m = mapping(ids, c, [=](int i) { return (i * stride) % proxies; });
        const ServicePlan plan = planServices(m, c, false);
        QCOMPARE(plan.services.size(), std::size_t(250));
        checkPlan(plan, m);
        for (std::size_t f = 0; f < plan.services.size(); ++f) {
            const auto& e = m.entries[f];
            QCOMPARE(plan.services[f].name, dns1123Label(e.proxyName, sha1(e.traceId).left(8)));
        }
        const ServicePlan again = planServices(m, c, false);
        for (std::size_t f = 0; f < plan.services.size(); ++f)
            QCOMPARE(again.services[f].name, plan.services[f].name);
    }

    void longProxyName()
    {
        const QString proxy =
            QStringLiteral("Video_Analytics-Standalone-Python-") + QString(60, u'z');
        const ProxyCatalogue c = catalogue({proxy});
        const Mapping m =
            mapping({QStringLiteral("id-1"), QStringLiteral("id-2")}, c, [](int) { return 0; });
        const ServicePlan plan = planServices(m, c, false);
        checkPlan(plan, m);
        for (const auto& service : plan.services) {
            QCOMPARE(service.name.size(), 63);
            QVERIFY(
                service.name.startsWith(QStringLiteral("video-analytics-standalone-python-zz")));
        }
        QVERIFY(plan.services[0].name.endsWith(sha1(QStringLiteral("id-1")).left(8)));
    }

    // Two ids whose SHA-1 share the first 8 hex digits: the second name uses a longer hash.
    void hashCollision()
    {
        const QString a = QStringLiteral("owner29216appfn");
        const QString b = QStringLiteral("owner41099appfn");
        QCOMPARE(sha1(a).left(8), sha1(b).left(8));
        const ProxyCatalogue c = catalogue({QStringLiteral("auth-go")});
        const Mapping m = mapping({a, b}, c, [](int) { return 0; });
        const ServicePlan plan = planServices(m, c, false);
        checkPlan(plan, m);
        QCOMPARE(plan.services[0].name, QStringLiteral("auth-go-c980bc83"));
        QCOMPARE(plan.services[1].name, QStringLiteral("auth-go-c980bc831d71"));
    }

    void duplicateIdsStillUnique()
    {
        const ProxyCatalogue c = catalogue({QStringLiteral("auth-go")});
        const QStringList ids(12, QStringLiteral("same"));
        const Mapping m = mapping(ids, c, [](int) { return 0; });
        checkPlan(planServices(m, c, false), m);
    }

    void shared()
    {
        const ProxyCatalogue c =
            catalogue({QStringLiteral("aes-go-10-10"), QStringLiteral("Foo_bar"),
                       QStringLiteral("foo-bar"), QStringLiteral("unused")});
        const QStringList ids{"f0", "f1", "f2", "f3", "f4"};
        const std::vector<int> proxyOf{1, 0, 1, 2, 0};
        const Mapping m = mapping(ids, c, [&](int i) { return proxyOf[std::size_t(i)]; });
        const ServicePlan plan = planServices(m, c, true);
        checkPlan(plan, m);
        QCOMPARE(plan.services.size(), std::size_t(3));
        QCOMPARE(plan.services[0].name, QStringLiteral("foo-bar"));
        QCOMPARE(plan.services[0].traceFunctions, (std::vector<int>{0, 2}));
        QCOMPARE(plan.services[1].name, QStringLiteral("aes-go-10-10"));
        QCOMPARE(plan.services[1].traceFunctions, (std::vector<int>{1, 4}));
        // "foo-bar" cleans up to the name "Foo_bar" already has.
        QCOMPARE(plan.services[2].name,
                 QStringLiteral("foo-bar-") + sha1(QStringLiteral("foo-bar")).left(8));
        QCOMPARE(plan.serviceOfFunction, (std::vector<int>{0, 1, 0, 2, 1}));

        const Deployment d = dryRunDeployment(plan);
        QCOMPARE(d.backend, QStringLiteral("dry-run"));
        QVERIFY(d.connectTo.isEmpty());
        QCOMPARE(
            d.endpointOfFunction(),
            (std::vector<QString>{
                "foo-bar.dry-run", "aes-go-10-10.dry-run", "foo-bar.dry-run",
                QStringLiteral("foo-bar-%1.dry-run").arg(sha1(QStringLiteral("foo-bar")).left(8)),
                "aes-go-10-10.dry-run"}));
    }

    void dryRun()
    {
        const ProxyCatalogue c = catalogue({QStringLiteral("auth-go"), QStringLiteral("aes-go")});
        const Mapping m =
            mapping({QStringLiteral("x"), QStringLiteral("y")}, c, [](int i) { return 1 - i; });
        const Deployment d = dryRunDeployment(planServices(m, c, false));
        QCOMPARE(d.backend, QStringLiteral("dry-run"));
        QCOMPARE(d.serviceEndpoints.size(), std::size_t(2));
        const auto endpoints = d.endpointOfFunction();
        QCOMPARE(endpoints, (std::vector<QString>{
                                QStringLiteral("aes-go-%1.dry-run").arg(sha1("x").left(8)),
                                QStringLiteral("auth-go-%1.dry-run").arg(sha1("y").left(8))}));
    }

    // A mapping read from a file may name its proxy without an index.
    void proxyByName()
    {
        const ProxyCatalogue c = catalogue({QStringLiteral("auth-go"), QStringLiteral("aes-go")});
        Mapping m;
        m.entries.push_back({QStringLiteral("x"), -1, QStringLiteral("aes-go"), 0});
        const ServicePlan plan = planServices(m, c, false);
        QCOMPARE(plan.services[0].proxyIndex, 1);
        m.entries.push_back({QStringLiteral("y"), -1, QStringLiteral("nope"), 0});
        try {
            planServices(m, c, false);
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.field(), QStringLiteral("y"));
            QCOMPARE(e.file(), c.sourceFile);
            QCOMPARE(e.message(),
                     QStringLiteral("the mapping names proxy nope, which is not in the "
                                    "profile"));
        }
    }
};

QTEST_GUILESS_MAIN(TestServicePlan)
#include "test_service_plan.moc"
