// The load's SHA-256 as summary.json records it.
#include "common/file_hash.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace traceload;

class TestFileHash : public QObject
{
    Q_OBJECT

private slots:
    void sha256_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty")
            << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc") << QByteArray("abc")
                             << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    }

    void sha256()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.json"));
        test::writeText(path, content);
        QCOMPARE(fileSha256(path), expected);
    }

    void unreadableIsEmpty()
    {
        QTemporaryDir dir;
        QCOMPARE(fileSha256(dir.filePath(QStringLiteral("missing.json"))), QString());
    }
};

QTEST_GUILESS_MAIN(TestFileHash)
#include "test_file_hash.moc"
