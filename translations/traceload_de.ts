<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>traceload</name>
    <message>
        <source>trace + profile -&gt; mapping -&gt; load.json</source>
        <translation>Trace + Profil -&gt; Zuordnung -&gt; load.json</translation>
    </message>
    <message>
        <source>trace + profile -&gt; mapping -&gt; deployed services</source>
        <translation>Trace + Profil -&gt; Zuordnung -&gt; bereitgestellte Dienste</translation>
    </message>
    <message>
        <source>load.json -&gt; open-loop gRPC run -&gt; run folder</source>
        <translation>load.json -&gt; Open-Loop-gRPC-Lauf -&gt; Lauf-Ordner</translation>
    </message>
    <message>
        <source>remove what deploy recorded in the build folder</source>
        <translation>entfernt, was deploy im Build-Ordner aufgezeichnet hat</translation>
    </message>
    <message>
        <source>the whole pipeline: map, deploy, generate, invoke, plot, tear down</source>
        <translation>die ganze Pipeline: zuordnen, bereitstellen, erzeugen, aufrufen, zeichnen, abbauen</translation>
    </message>
    <message>
        <source>trace, profile, mapping, load, run -&gt; figures</source>
        <translation>Trace, Profil, Zuordnung, Last, Lauf -&gt; Abbildungen</translation>
    </message>
    <message>
        <source>trace -&gt; a smaller trace with the same per-minute shape</source>
        <translation>Trace -&gt; ein kleinerer Trace mit demselben Verlauf pro Minute</translation>
    </message>
</context>
<context>
    <name>traceload::DeployPage</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>One service per proxy (share proxies)</source>
        <translation>Ein Dienst je Proxy (Proxys teilen)</translation>
    </message>
    <message>
        <source>Delete every existing Knative service first</source>
        <translation>Knative-Dienste vorher löschen</translation>
    </message>
    <message>
        <source>I have read the shell commands above; run them</source>
        <translation>Ich habe die obigen Shell-Befehle gelesen; sie dürfen ausgeführt werden</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Tear Down</source>
        <translation>Abbauen</translation>
    </message>
    <message>
        <source>Local (emulated on this machine)</source>
        <translation>Lokal (auf diesem Rechner emuliert)</translation>
    </message>
    <message>
        <source>Knative (kubectl and kn)</source>
        <translation>Knative (kubectl und kn)</translation>
    </message>
    <message>
        <source>Dry run (endpoints named, nothing started)</source>
        <translation>Probelauf (Endpunkte benannt, nichts gestartet)</translation>
    </message>
    <message>
        <source>Generated files, deploy.log and deployment.json go here; teardown removes exactly what its deployment.json lists</source>
        <translation>Erzeugte Dateien, deploy.log und deployment.json landen hier; der Abbau entfernt genau das, was die deployment.json dieses Ordners aufführt</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>einer je Kern</translation>
    </message>
    <message>
        <source>Deployment commands run in parallel (--deploy-jobs)</source>
        <translation>Parallel ausgeführte Bereitstellungsbefehle (--deploy-jobs)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Knative: how long to wait for every service to be Ready (--ready-timeout)</source>
        <translation>Knative: wie lange gewartet wird, bis jeder Dienst Ready ist (--ready-timeout)</translation>
    </message>
    <message>
        <source>Runs `kn service delete --all` first (--delete-existing): also services this tool did not create</source>
        <translation>Führt zuerst `kn service delete --all` aus (--delete-existing): auch Dienste, die nicht von diesem Programm angelegt wurden</translation>
    </message>
    <message>
        <source>Removes exactly what the build folder&apos;s deployment.json lists</source>
        <translation>Entfernt genau das, was die deployment.json des Build-Ordners aufführt</translation>
    </message>
    <message>
        <source>The commands of a deployment and their exit status appear here as they run.</source>
        <translation>Die Befehle einer Bereitstellung und ihr Exit-Status erscheinen hier während der Ausführung.</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <source>Config:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Build folder:</source>
        <translation>Build-Ordner:</translation>
    </message>
    <message>
        <source>Deploy jobs:</source>
        <translation>Parallele Befehle:</translation>
    </message>
    <message>
        <source>Ready timeout:</source>
        <translation>Ready-Zeitlimit:</translation>
    </message>
    <message>
        <source>Commands a deployment runs, in order</source>
        <translation>Befehle einer Bereitstellung, in Ausführungsreihenfolge</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Command log</source>
        <translation>Befehlsprotokoll</translation>
    </message>
    <message>
        <source>Deployed in %1 s: %2 of %3 services ready.</source>
        <translation>In %1 s bereitgestellt: %2 von %3 Diensten bereit.</translation>
    </message>
    <message>
        <source>the deployment failed</source>
        <translation>die Bereitstellung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>Deployment failed after %1 s (see the error above). What was started is listed in deployment.json: Tear Down removes it.</source>
        <translation>Bereitstellung nach %1 s fehlgeschlagen (siehe Fehler oben). Was gestartet wurde, steht in deployment.json: „Abbauen“ entfernt es.</translation>
    </message>
    <message>
        <source>Deployed in %1 s, but an input changed meanwhile: this deployment is not used. Deploy again for the current inputs, or Tear Down.</source>
        <translation>In %1 s bereitgestellt, aber inzwischen hat sich eine Eingabe geändert: Diese Bereitstellung wird nicht verwendet. Für die aktuellen Eingaben erneut bereitstellen oder abbauen.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Deployment cancelled after %1 s. What was started is listed in deployment.json: Tear Down removes it.</source>
        <translation>Bereitstellung nach %1 s abgebrochen. Was gestartet wurde, steht in deployment.json: „Abbauen“ entfernt es.</translation>
    </message>
    <message>
        <source>Nothing running.</source>
        <translation>Es läuft nichts.</translation>
    </message>
    <message>
        <source>none (no pre/post-deployment commands)</source>
        <translation>keine (keine Befehle vor oder nach der Bereitstellung)</translation>
    </message>
    <message>
        <source>the bundled vSwarm config.json (set on the Proxies page)</source>
        <translation>die mitgelieferte vSwarm-config.json (auf der Seite „Proxys“ festgelegt)</translation>
    </message>
    <message>
        <source>%1 (set on the Proxies page)</source>
        <translation>%1 (auf der Seite „Proxys“ festgelegt)</translation>
    </message>
    <message>
        <source>Its pre/post-deployment commands run with Knative</source>
        <translation>Mit Knative laufen die Befehle dieser Konfiguration vor und nach der Bereitstellung</translation>
    </message>
    <message>
        <source>Only the Knative backend runs its commands</source>
        <translation>Nur das Knative-Backend führt die Befehle dieser Konfiguration aus</translation>
    </message>
    <message>
        <source>The build folder&apos;s record cannot be read: %1</source>
        <translation>Die Aufzeichnung im Build-Ordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing is deployed from %1.</source>
        <translation>Aus %1 ist nichts bereitgestellt.</translation>
    </message>
    <message>
        <source>Deployed from %1: a %2 deployment (%3), created %4; services: %5, ready: %6.</source>
        <translation>Aus %1 bereitgestellt: eine %2-Bereitstellung (%3), erstellt %4; Dienste: %5, bereit: %6.</translation>
    </message>
    <message>
        <source>Its emulator (pid %1) is running, serving on %2.</source>
        <translation>Der Emulator (PID %1) läuft und lauscht auf %2.</translation>
    </message>
    <message>
        <source>Its emulator (pid %1) is not running any more.</source>
        <translation>Der Emulator (PID %1) läuft nicht mehr.</translation>
    </message>
    <message>
        <source>No emulator process is recorded.</source>
        <translation>Kein Emulator-Prozess aufgezeichnet.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The commands are listed once the mapping is computed.</source>
        <translation>Die Befehle werden aufgeführt, sobald die Zuordnung berechnet ist.</translation>
    </message>
    <message>
        <source>This deployment cannot run: %1</source>
        <translation>Diese Bereitstellung kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>%1 for %2, in %3</source>
        <translation>%1 für %2, in %3</translation>
    </message>
    <message>
        <source>(no commands)</source>
        <translation>(keine Befehle)</translation>
    </message>
    <message>
        <source>Shell commands from config.json: %1. They run through bash -c with your rights (marked [shell] above); read them before deploying.</source>
        <translation>Shell-Befehle aus config.json: %1. Sie laufen über bash -c mit Ihren Rechten (oben mit [shell] markiert); lesen Sie sie vor dem Bereitstellen.</translation>
    </message>
    <message>
        <source>Confirm the shell commands first</source>
        <translation>Zuerst die Shell-Befehle bestätigen</translation>
    </message>
    <message>
        <source>Deploy every service of the mapping</source>
        <translation>Jeden Dienst der Zuordnung bereitstellen</translation>
    </message>
    <message>
        <source>Deploying… %1 of %2 ready, %3 failed (%4 s)</source>
        <translation>Wird bereitgestellt… %1 von %2 bereit, %3 fehlgeschlagen (%4 s)</translation>
    </message>
    <message>
        <source>Build folder</source>
        <translation>Build-Ordner</translation>
    </message>
    <message>
        <source>Cannot deploy yet: %1.</source>
        <translation>Bereitstellen noch nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Deploying with the %1 backend into %2</source>
        <translation>Bereitstellung mit dem Backend %1 nach %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Tearing down what %1 lists</source>
        <translation>Abbau dessen, was %1 aufführt</translation>
    </message>
    <message>
        <source>Tearing down…</source>
        <translation>Wird abgebaut…</translation>
    </message>
    <message>
        <source>Tearing down the deployment</source>
        <translation>Bereitstellung wird abgebaut</translation>
    </message>
    <message>
        <source>Teardown done; services removed: %1.</source>
        <translation>Abbau abgeschlossen; entfernte Dienste: %1.</translation>
    </message>
    <message>
        <source>Torn down: the %1 deployment (services removed: %2).</source>
        <translation>Abgebaut: die %1-Bereitstellung (entfernte Dienste: %2).</translation>
    </message>
    <message>
        <source>Teardown FAILED: %1</source>
        <translation>Abbau FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>Teardown failed: %1</source>
        <translation>Abbau fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>services: %1 (%2 pending, %3 applying, %4 ready, %5 failed)</source>
        <translation>Dienste: %1 (%2 ausstehend, %3 werden angewendet, %4 bereit, %5 fehlgeschlagen)</translation>
    </message>
</context>
<context>
    <name>traceload::Figure</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (keine Daten)</translation>
    </message>
    <message>
        <source>cannot write the PNG image</source>
        <translation>PNG-Bild kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>traceload::FigurePanel</name>
    <message>
        <source>Export figure…</source>
        <translation>Abbildung exportieren…</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>the figure was replaced meanwhile</source>
        <translation>die Abbildung wurde inzwischen ersetzt</translation>
    </message>
</context>
<context>
    <name>traceload::LiveChart</name>
    <message>
        <source>Elapsed (s)</source>
        <translation>Verstrichen (s)</translation>
    </message>
    <message>
        <source>cannot write the PNG image</source>
        <translation>PNG-Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>the chart was closed meanwhile</source>
        <translation>das Diagramm wurde inzwischen geschlossen</translation>
    </message>
</context>
<context>
    <name>traceload::LiveRunPanel</name>
    <message>
        <source>Latency (send → reply)</source>
        <translation>Latenz (Senden → Antwort)</translation>
    </message>
    <message>
        <source>ms (log scale)</source>
        <translation>ms (log. Skala)</translation>
    </message>
    <message>
        <source>Calls per second</source>
        <translation>Aufrufe pro Sekunde</translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation>Aufrufe/s</translation>
    </message>
    <message>
        <source>Lateness (send − schedule)</source>
        <translation>Verspätung (Senden − geplant)</translation>
    </message>
    <message>
        <source>Errors and timeouts</source>
        <translation>Fehler und Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>calls so far</source>
        <translation>Aufrufe bisher</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>Kaltstarts</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>timeouts</source>
        <translation>Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>cold starts/s</source>
        <translation>Kaltstarts/s</translation>
    </message>
    <message>
        <source>No run in progress.</source>
        <translation>Kein Lauf aktiv.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>Stopped after %1</source>
        <translation>Angehalten nach %1</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>Fertig nach %1</translation>
    </message>
    <message>
        <source>Slot %1 of %2 · %3 elapsed · about %4 left</source>
        <translation>Slot %1 von %2 · %3 verstrichen · noch etwa %4</translation>
    </message>
    <message>
        <source>Scheduled %1 = ok %2 + error %3 + timeout %4 + not sent %5 + pending %6 (%7 in flight, %8 not yet due)</source>
        <translation>Geplant %1 = ok %2 + Fehler %3 + Zeitüberschreitung %4 + nicht gesendet %5 + ausstehend %6 (%7 unterwegs, %8 noch nicht fällig)</translation>
    </message>
    <message>
        <source>Cold starts: unknown (the functions do not report them)</source>
        <translation>Kaltstarts: unbekannt (die Funktionen melden sie nicht)</translation>
    </message>
</context>
<context>
    <name>traceload::LoadPage</name>
    <message>
        <source>Random phase per function</source>
        <translation>Zufällige Phase je Funktion</translation>
    </message>
    <message>
        <source>Equidistant</source>
        <translation>Äquidistant</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilt</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponentiell</translation>
    </message>
    <message>
        <source>How the n invocations of a function are placed in a slot</source>
        <translation>Wie die n Aufrufe einer Funktion in einem Slot verteilt werden</translation>
    </message>
    <message>
        <source>The same seed gives a byte-identical load.json</source>
        <translation>Derselbe Seed ergibt eine byte-identische load.json</translation>
    </message>
    <message>
        <source>Rotates each function&apos;s arrivals by a random phase, so that functions do not all fire at the start of a slot</source>
        <translation>Verschiebt die Ankünfte jeder Funktion zyklisch um eine zufällige Phase, damit nicht alle Funktionen zu Beginn eines Slots auslösen</translation>
    </message>
    <message>
        <source>Slots of the trace skipped before the load starts</source>
        <translation>Slots des Traces, die vor Beginn der Last übersprungen werden</translation>
    </message>
    <message>
        <source>Export load.json…</source>
        <translation>load.json exportieren…</translation>
    </message>
    <message>
        <source>Distribution:</source>
        <translation>Verteilung:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Offset (slots):</source>
        <translation>Versatz (Slots):</translation>
    </message>
    <message>
        <source>Warm-up (slots):</source>
        <translation>Aufwärmphase (Slots):</translation>
    </message>
    <message>
        <source>Duration (slots):</source>
        <translation>Dauer (Slots):</translation>
    </message>
    <message>
        <source>Arrivals in slot:</source>
        <translation>Ankünfte im Slot:</translation>
    </message>
    <message>
        <source>Knative endpoints are the services&apos; URLs: deploy first.</source>
        <translation>Knative-Endpunkte sind die URLs der Dienste: zuerst bereitstellen.</translation>
    </message>
    <message>
        <source>No load yet.</source>
        <translation>Noch keine Last.</translation>
    </message>
    <message>
        <source>%1 invocations in %2 slots (%3 warm-up), endpoints as the %4 backend names them.</source>
        <translation>%1 Aufrufe in %2 Slots (%3 zum Aufwärmen), Endpunkte so benannt wie vom Backend %4.</translation>
    </message>
    <message>
        <source>Equal to the trace&apos;s count for these slots.</source>
        <translation>Entspricht der Anzahl im Trace für diese Slots.</translation>
    </message>
    <message>
        <source>The trace has %1 invocations in these slots!</source>
        <translation>Der Trace hat in diesen Slots %1 Aufrufe!</translation>
    </message>
</context>
<context>
    <name>traceload::LoadPlot</name>
    <message>
        <source>Invocations per slot</source>
        <translation>Aufrufe pro Slot</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Slot (minute)</source>
        <translation>Slot (Minute)</translation>
    </message>
    <message>
        <source>Slot (second)</source>
        <translation>Slot (Sekunde)</translation>
    </message>
    <message>
        <source>Slot (%1 s)</source>
        <translation>Slot (%1 s)</translation>
    </message>
    <message>
        <source>other (%1 endpoints)</source>
        <translation>andere (%1 Endpunkte)</translation>
    </message>
    <message>
        <source>%1 invocations · %2 endpoints · %3 slots · busiest slot %4</source>
        <translation>%1 Aufrufe · %2 Endpunkte · %3 Slots · stärkster Slot %4</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>Aufwärmphase</translation>
    </message>
</context>
<context>
    <name>traceload::LogHistogramPlot</name>
    <message>
        <source>Frequency (functions)</source>
        <translation>Häufigkeit (Funktionen)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4</source>
        <translation>%1: %2
%3: %4</translation>
    </message>
    <message>
        <source>
%1: %2</source>
        <translation>
%1: %2</translation>
    </message>
</context>
<context>
    <name>traceload::LogPanel</name>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
</context>
<context>
    <name>traceload::MainWindow</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Opened with the bundled vSwarm sample trace and profile.</source>
        <translation>Mit dem mitgelieferten vSwarm-Beispiel-Trace und -Profil geöffnet.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export mapping</source>
        <translation>Zuordnung exportieren</translation>
    </message>
    <message>
        <source>Mapping (*.json)</source>
        <translation>Zuordnung (*.json)</translation>
    </message>
    <message>
        <source>Export load</source>
        <translation>Last exportieren</translation>
    </message>
    <message>
        <source>Load (*.json)</source>
        <translation>Last (*.json)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Trace Folder…</source>
        <translation>&amp;Trace-Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Profile…</source>
        <translation>&amp;Profil öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Config…</source>
        <translation>&amp;Konfiguration öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Mapping…</source>
        <translation>Zu&amp;ordnung öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Load…</source>
        <translation>&amp;Last öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation>&amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save Workspace</source>
        <translation>Arbeitsbereich &amp;speichern</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>TraceLoad workspace (*.traceload)</source>
        <translation>TraceLoad-Arbeitsbereich (*.traceload)</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Arbeitsbereich speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Figures of This Page…</source>
        <translation>Abbildungen dieser Seite &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>A&amp;uftrag</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About TraceLoad</source>
        <translation>&amp;Über TraceLoad</translation>
    </message>
    <message>
        <source>About TraceLoad</source>
        <translation>Über TraceLoad</translation>
    </message>
    <message>
        <source>TraceLoad %1 replays serverless traffic: it maps a function trace to proxy functions, deploys them, generates a timestamped load and invokes it over gRPC.</source>
        <translation>TraceLoad %1 spielt Serverless-Verkehr nach: Es ordnet einen Funktions-Trace Proxy-Funktionen zu, stellt diese bereit, erzeugt eine Last mit Zeitstempeln und ruft sie über gRPC auf.</translation>
    </message>
    <message>
        <source>Cancel the running job (Esc)</source>
        <translation>Laufenden Auftrag abbrechen (Esc)</translation>
    </message>
    <message>
        <source>%1: computing…</source>
        <translation>%1: wird berechnet…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>%1 computed.</source>
        <translation>%1 berechnet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Wird berechnet</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Nicht berechnet</translation>
    </message>
    <message>
        <source>Untitled workspace</source>
        <translation>Unbenannter Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1[*] — TraceLoad</source>
        <translation>%1[*] — TraceLoad</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>%1: not a trace folder, profile, config, mapping, load or workspace</source>
        <translation>%1: weder Trace-Ordner noch Profil, Konfiguration, Zuordnung, Last oder Arbeitsbereich</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Opened workspace %1</source>
        <translation>Arbeitsbereich %1 geöffnet</translation>
    </message>
    <message>
        <source>Saved workspace %1</source>
        <translation>Arbeitsbereich %1 gespeichert</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>This page has no figures.</source>
        <translation>Diese Seite hat keine Abbildungen.</translation>
    </message>
    <message>
        <source>Export the page&apos;s figures as PNG into a folder</source>
        <translation>Die Abbildungen der Seite als PNG in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Open a trace folder (invocations.csv, durations.csv, memory.csv)</source>
        <translation>Trace-Ordner öffnen (invocations.csv, durations.csv, memory.csv)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open a vSwarm profile.json</source>
        <translation>vSwarm-profile.json öffnen</translation>
    </message>
    <message>
        <source>Open a vSwarm config.json</source>
        <translation>vSwarm-config.json öffnen</translation>
    </message>
    <message>
        <source>Open a mapping file</source>
        <translation>Zuordnungsdatei öffnen</translation>
    </message>
    <message>
        <source>Open a load.json</source>
        <translation>load.json öffnen</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Open R&amp;un Folder…</source>
        <translation>Lau&amp;f-Ordner öffnen…</translation>
    </message>
    <message>
        <source>Export load.&amp;json…</source>
        <translation>load.json e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Stopping the run and writing its results before closing…</source>
        <translation>Der Lauf wird angehalten und seine Ergebnisse werden vor dem Schließen geschrieben…</translation>
    </message>
    <message>
        <source>no current %1 to export</source>
        <translation>Zum Exportieren fehlt %1</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>U&amp;RL öffnen…</translation>
    </message>
    <message>
        <source>%1 holds days %2 of the release; reading day %3 (the Trace page offers the others)</source>
        <translation>%1 enthält die Tage %2 der Veröffentlichung; Tag %3 wird gelesen (die anderen bietet die Seite „Trace“ an)</translation>
    </message>
</context>
<context>
    <name>traceload::MappingErrorPlot</name>
    <message>
        <source>trace functions</source>
        <translation>Trace-Funktionen</translation>
    </message>
    <message>
        <source>Mapping error: distance in (ln memory, ln duration)</source>
        <translation>Zuordnungsfehler: Abstand in (ln Speicher, ln Dauer)</translation>
    </message>
    <message>
        <source>Trace functions</source>
        <translation>Trace-Funktionen</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>90th percentile %1</source>
        <translation>90. Perzentil %1</translation>
    </message>
    <message>
        <source>%1 trace functions · mean %2 · max %3</source>
        <translation>%1 Trace-Funktionen · Mittelwert %2 · Max. %3</translation>
    </message>
    <message>
        <source>mapped to a proxy</source>
        <translation>einem Proxy zugeordnet</translation>
    </message>
    <message>
        <source>fell back to a trace function (%1)</source>
        <translation>Trace-Funktion als Ersatz (%1)</translation>
    </message>
    <message numerus="yes">
        <source> · %n fell back to a trace function</source>
        <translation>
            <numerusform> · %n erhielt eine Trace-Funktion als Ersatz</numerusform>
            <numerusform> · %n erhielten eine Trace-Funktion als Ersatz</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceload::MappingModel</name>
    <message>
        <source>by hand</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Proxy chosen by hand, not by the mapper</source>
        <translation>Proxy von Hand gewählt, nicht vom Zuordnungsverfahren</translation>
    </message>
    <message>
        <source>Distance %1 in (ln memory, ln duration) at percentile %2</source>
        <translation>Abstand %1 in (ln Speicher, ln Dauer) bei Perzentil %2</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Überschrieben</translation>
    </message>
    <message>
        <source>Double-click to choose another proxy</source>
        <translation>Doppelklicken, um einen anderen Proxy zu wählen</translation>
    </message>
    <message>
        <source>Distance in (ln memory, ln duration) space</source>
        <translation>Abstand im (ln Speicher, ln Dauer)-Raum</translation>
    </message>
    <message>
        <source>Not deployed: the function fell back to a trace function (%1)</source>
        <translation>Nicht bereitgestellt: Die Funktion erhält eine Trace-Funktion als Ersatz (%1)</translation>
    </message>
    <message>
        <source>A trace function replaces proxy %1, which is off by more than %2 % at percentile %3: %4</source>
        <translation>Eine Trace-Funktion ersetzt Proxy %1, der bei Perzentil %3 um mehr als %2 % abweicht: %4</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>Why the function fell back to a trace function (one that runs for the requested time and touches the requested memory): its proxy is off by more than the fallback tolerance in duration or in memory</source>
        <translation>Warum die Funktion eine Trace-Funktion als Ersatz erhält (eine, die die angeforderte Zeit läuft und den angeforderten Speicher belegt): Ihr Proxy weicht in Dauer oder Speicher um mehr als die Ersatz-Toleranz ab</translation>
    </message>
</context>
<context>
    <name>traceload::MappingPage</name>
    <message>
        <source>Compute instead</source>
        <translation>Stattdessen berechnen</translation>
    </message>
    <message>
        <source>Clear overrides</source>
        <translation>Überschreibungen löschen</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Nächstgelegen</translation>
    </message>
    <message>
        <source>Every trace function gets its closest proxy</source>
        <translation>Jede Trace-Funktion erhält ihren nächstgelegenen Proxy</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>An optimal one-to-one assignment (when there are at least as many proxies as trace functions)</source>
        <translation>Eine optimale Eins-zu-eins-Zuweisung (wenn es mindestens so viele Proxys wie Trace-Funktionen gibt)</translation>
    </message>
    <message>
        <source>Use mapping file…</source>
        <translation>Zuordnungsdatei verwenden…</translation>
    </message>
    <message>
        <source>Export mapping…</source>
        <translation>Zuordnung exportieren…</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Verfahren:</translation>
    </message>
    <message>
        <source>Percentile:</source>
        <translation>Perzentil:</translation>
    </message>
    <message>
        <source>Filter by function or proxy</source>
        <translation>Nach Funktion oder Proxy filtern</translation>
    </message>
    <message>
        <source>Trace and proxies</source>
        <translation>Trace und Proxys</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Computed mapping</source>
        <translation>Berechnete Zuordnung</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>No mapping yet.</source>
        <translation>Noch keine Zuordnung.</translation>
    </message>
    <message>
        <source>%1 at the %2 percentile: error mean %3, median %4, p90 %5, max %6 (distance in (ln memory, ln duration)); manual overrides: %7.</source>
        <translation>%1 beim %2 Perzentil: Fehler Mittelwert %3, Median %4, p90 %5, Max. %6 (Abstand in (ln Speicher, ln Dauer)); manuelle Überschreibungen: %7.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Preparing the table of %1 mapped functions</source>
        <translation>Tabelle der %1 zugeordneten Funktionen wird vorbereitet</translation>
    </message>
    <message>
        <source>Fall back to a trace function beyond</source>
        <translation>Trace-Funktion als Ersatz bei Abweichung über</translation>
    </message>
    <message>
        <source>A function whose proxy is off by more than this, relatively, in duration or in memory at the percentile gets a trace function instead: one that runs for the requested time and touches the requested memory (the invitro loader&apos;s trace function). Off by default, as in --batch (--fallback-tolerance).</source>
        <translation>Eine Funktion, deren Proxy beim Perzentil in Dauer oder Speicher relativ um mehr als diesen Wert abweicht, erhält stattdessen eine Trace-Funktion: eine, die die angeforderte Zeit läuft und den angeforderten Speicher belegt (die Trace-Funktion des invitro-Loaders). Standardmäßig aus, wie in --batch (--fallback-tolerance).</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Fallback beyond %1 %: %2 of %3 functions get a trace function (see the Fallback column).</source>
        <translation>Ersatz bei Abweichung über %1 %: %2 von %3 Funktionen erhalten eine Trace-Funktion (siehe Spalte „Ersatz“).</translation>
    </message>
    <message>
        <source>Median relative error of duration / memory, and functions within 25 % on both: proxies %1 % / %2 %, %3 %</source>
        <translation>Median des relativen Fehlers von Dauer / Speicher und Funktionen bei beiden innerhalb von 25 %: Proxys %1 % / %2 %, %3 %</translation>
    </message>
    <message>
        <source>; with the fallbacks %1 % / %2 %, %3 %</source>
        <translation>; mit Ersatz %1 % / %2 %, %3 %</translation>
    </message>
</context>
<context>
    <name>traceload::MappingScatterPlot</name>
    <message>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Unused proxy functions</source>
        <translation>Ungenutzte Proxy-Funktionen</translation>
    </message>
    <message>
        <source>Trace functions</source>
        <translation>Trace-Funktionen</translation>
    </message>
    <message>
        <source>Proxy functions in use</source>
        <translation>Genutzte Proxy-Funktionen</translation>
    </message>
    <message>
        <source>%1 → trace function</source>
        <translation>%1 → Trace-Funktion</translation>
    </message>
    <message>
        <source>Fell back to a trace function (%1)</source>
        <translation>Trace-Funktion als Ersatz (%1)</translation>
    </message>
</context>
<context>
    <name>traceload::OpenUrlDialog</name>
    <message>
        <source>&amp;Download and Open</source>
        <translation>&amp;Herunterladen und öffnen</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>Download &amp;abbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Open a trace from a URL</source>
        <translation>Trace von einer URL öffnen</translation>
    </message>
    <message>
        <source>https://…/azurefunctions-dataset2019.tar.xz</source>
        <translation>https://…/azurefunctions-dataset2019.tar.xz</translation>
    </message>
    <message>
        <source>The http or https URL of a trace archive (tar, gzip, xz or bzip2) in the Azure Functions 2019 release&apos;s layout or with the pre-cut files</source>
        <translation>Die http- oder https-URL eines Trace-Archivs (tar, gzip, xz oder bzip2) im Layout der Azure-Functions-2019-Veröffentlichung oder mit den vorgeschnittenen Dateien</translation>
    </message>
    <message>
        <source>optional: 64 hex digits, checked after the download</source>
        <translation>optional: 64 Hexadezimalziffern, nach dem Download geprüft</translation>
    </message>
    <message>
        <source>optional: the archive&apos;s size in bytes</source>
        <translation>optional: die Größe des Archivs in Bytes</translation>
    </message>
    <message>
        <source>Downloads and extractions are kept here, one folder per URL; a URL already downloaded opens without a request</source>
        <translation>Downloads und entpackte Dateien werden hier aufbewahrt, ein Ordner je URL; eine bereits heruntergeladene URL wird ohne Anfrage geöffnet</translation>
    </message>
    <message>
        <source>Release archive URL:</source>
        <translation>URL des Veröffentlichungsarchivs:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>Cache-Ordner:</translation>
    </message>
    <message>
        <source>The archive is downloaded into the cache folder, checked, extracted and opened on the Trace page.</source>
        <translation>Das Archiv wird in den Cache-Ordner heruntergeladen, geprüft, entpackt und auf der Seite „Trace“ geöffnet.</translation>
    </message>
    <message>
        <source>SHA-256: %1 hex digits; a SHA-256 has 64</source>
        <translation>SHA-256: %1 Hexadezimalziffern; ein SHA-256 hat 64</translation>
    </message>
    <message>
        <source>Size: &apos;%1&apos; is not a number of bytes above 0</source>
        <translation>Größe: &apos;%1&apos; ist keine Byte-Anzahl größer als 0</translation>
    </message>
    <message>
        <source>URL: &apos;%1&apos; is not an http or https URL</source>
        <translation>URL: &apos;%1&apos; ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird aufgebaut…</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1 was in the cache already (no request)</source>
        <translation>%1 war bereits im Cache (keine Anfrage)</translation>
    </message>
    <message>
        <source>Downloaded %1 (%2 bytes in %3 request(s))</source>
        <translation>%1 heruntergeladen (%2 Bytes in %3 Anfrage(n))</translation>
    </message>
    <message>
        <source>%1; opening %2</source>
        <translation>%1; %2 wird geöffnet</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source> %1 bytes are kept in the cache; Resume continues there.</source>
        <translation> %1 Bytes bleiben im Cache erhalten; „Fortsetzen“ setzt dort fort.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Download of %1 cancelled.</source>
        <translation>Download von %1 abgebrochen.</translation>
    </message>
</context>
<context>
    <name>traceload::ProxiesPage</name>
    <message>
        <source>Open profile…</source>
        <translation>Profil öffnen…</translation>
    </message>
    <message>
        <source>Open config…</source>
        <translation>Konfiguration öffnen…</translation>
    </message>
    <message>
        <source>No config</source>
        <translation>Keine Konfiguration</translation>
    </message>
    <message>
        <source>Deploy without pre- and post-deployment commands</source>
        <translation>Ohne Befehle vor und nach der Bereitstellung bereitstellen</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Config:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Filter proxies by name</source>
        <translation>Proxys nach Name filtern</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>No profile loaded.</source>
        <translation>Kein Profil geladen.</translation>
    </message>
    <message>
        <source>%1 proxy functions; %2 deployment command entries. Values at the %3 percentile.</source>
        <translation>%1 Proxy-Funktionen; %2 Einträge mit Bereitstellungsbefehlen. Werte beim %3 Perzentil.</translation>
    </message>
    <message>
        <source>Select a proxy to see its YAML and deployment commands.</source>
        <translation>Wählen Sie einen Proxy, um sein YAML und seine Bereitstellungsbefehle zu sehen.</translation>
    </message>
    <message>
        <source># (none)
</source>
        <translation># (keine)
</translation>
    </message>
    <message>
        <source># pre-deployment commands (run once, through bash -c, in %1)
</source>
        <translation># Befehle vor der Bereitstellung (einmal ausgeführt, über bash -c, in %1)
</translation>
    </message>
    <message>
        <source># post-deployment commands
</source>
        <translation># Befehle nach der Bereitstellung
</translation>
    </message>
    <message>
        <source># %1 names no YAML</source>
        <translation># %1 nennt kein YAML</translation>
    </message>
    <message>
        <source># %1
</source>
        <translation># %1
</translation>
    </message>
    <message>
        <source># %1: %2</source>
        <translation># %1: %2</translation>
    </message>
</context>
<context>
    <name>traceload::ProxyModel</name>
    <message>
        <source>No percentile %1 in the profile</source>
        <translation>Kein Perzentil %1 im Profil</translation>
    </message>
    <message>
        <source>No YAML file</source>
        <translation>Keine YAML-Datei</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Memory p%1 (MB)</source>
        <translation>Speicher p%1 (MB)</translation>
    </message>
    <message>
        <source>Duration p%1 (ms)</source>
        <translation>Dauer p%1 (ms)</translation>
    </message>
    <message>
        <source>CPU p%1</source>
        <translation>CPU p%1</translation>
    </message>
    <message>
        <source>YAML file</source>
        <translation>YAML-Datei</translation>
    </message>
    <message>
        <source>CPU utilisation at percentile %1, as profile.json gives it</source>
        <translation>CPU-Auslastung bei Perzentil %1, wie in profile.json angegeben</translation>
    </message>
</context>
<context>
    <name>traceload::RunOverlayPlot</name>
    <message>
        <source>Latency distributions compared (measured phase)</source>
        <translation>Latenzverteilungen im Vergleich (Messphase)</translation>
    </message>
    <message>
        <source>Service time: send → reply (ms, log scale)</source>
        <translation>Bedienzeit: Senden → Antwort (ms, log. Skala)</translation>
    </message>
    <message>
        <source>Fraction of ok calls</source>
        <translation>Anteil der ok-Aufrufe</translation>
    </message>
    <message>
        <source>%1 (p50 %2, p99 %3)</source>
        <translation>%1 (p50 %2, p99 %3)</translation>
    </message>
    <message>
        <source>Rates compared</source>
        <translation>Raten im Vergleich</translation>
    </message>
    <message>
        <source>Time since the run started (s)</source>
        <translation>Zeit seit Beginn des Laufs (s)</translation>
    </message>
    <message>
        <source>Calls per second</source>
        <translation>Aufrufe pro Sekunde</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>completed ok</source>
        <translation>ok abgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> vs. </translation>
    </message>
    <message>
        <source>open two runs to compare</source>
        <translation>zum Vergleichen zwei Läufe öffnen</translation>
    </message>
</context>
<context>
    <name>traceload::RunPage</name>
    <message>
        <source>Tear down after the run</source>
        <translation>Nach dem Lauf abbauen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Replay the load this many times faster</source>
        <translation>Die Last um diesen Faktor schneller abspielen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Deadline of each call (-grpcTimeout)</source>
        <translation>Frist jedes Aufrufs (-grpcTimeout)</translation>
    </message>
    <message>
        <source>runs/&lt;date&gt;-&lt;time&gt;</source>
        <translation>runs/&lt;Datum&gt;-&lt;Uhrzeit&gt;</translation>
    </message>
    <message>
        <source>The run folder (--out-dir); empty: a new runs/&lt;date&gt;-&lt;time&gt; folder for every run</source>
        <translation>Der Lauf-Ordner (--out-dir); leer: für jeden Lauf ein neuer Ordner runs/&lt;Datum&gt;-&lt;Uhrzeit&gt;</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Ausgabeordner wählen</translation>
    </message>
    <message>
        <source>Tear the deployment down when the run ends, however it ends (finished, stopped, failed, or the window closed)</source>
        <translation>Die Bereitstellung abbauen, wenn der Lauf endet, wie auch immer er endet (beendet, angehalten, fehlgeschlagen oder Fenster geschlossen)</translation>
    </message>
    <message>
        <source>Replay the current load against the current deployment</source>
        <translation>Die aktuelle Last gegen die aktuelle Bereitstellung abspielen</translation>
    </message>
    <message>
        <source>Stop scheduling; calls in flight get up to 5 s, then the partial results are written</source>
        <translation>Keine weiteren Aufrufe senden; unterwegs befindliche Aufrufe erhalten bis zu 5 s, dann werden die Teilergebnisse geschrieben</translation>
    </message>
    <message>
        <source>Open Run…</source>
        <translation>Lauf öffnen…</translation>
    </message>
    <message>
        <source>Show a run folder written by the window, --batch invoke or --batch run</source>
        <translation>Einen Lauf-Ordner anzeigen, den das Fenster, --batch invoke oder --batch run geschrieben hat</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Overlay another run&apos;s latency distribution and rates</source>
        <translation>Latenzverteilung und Raten eines anderen Laufs überlagern</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>As PNG…</source>
        <translation>Als PNG…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>Als PDF…</translation>
    </message>
    <message>
        <source>As SVG…</source>
        <translation>Als SVG…</translation>
    </message>
    <message>
        <source>Speedup:</source>
        <translation>Beschleunigung:</translation>
    </message>
    <message>
        <source>Call timeout:</source>
        <translation>Zeitlimit je Aufruf:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <source>Thresholds:</source>
        <translation>Schwellenwerte:</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Output folder of the run</source>
        <translation>Ausgabeordner des Laufs</translation>
    </message>
    <message>
        <source>Run started: %1 invocations, dialling %2</source>
        <translation>Lauf gestartet: %1 Aufrufe, Verbindung zu %2</translation>
    </message>
    <message>
        <source>Fix the threshold first: %1</source>
        <translation>Zuerst den Schwellenwert korrigieren: %1</translation>
    </message>
    <message>
        <source>The load is being computed…</source>
        <translation>Die Last wird berechnet…</translation>
    </message>
    <message>
        <source>A run needs a current load: see the Load page.</source>
        <translation>Ein Lauf benötigt eine aktuelle Last: siehe Seite „Last“.</translation>
    </message>
    <message>
        <source>The deployment was torn down after the last run: deploy again first (Deploy page).</source>
        <translation>Die Bereitstellung wurde nach dem letzten Lauf abgebaut: zuerst erneut bereitstellen (Seite „Bereitstellen“).</translation>
    </message>
    <message>
        <source>The dry-run backend only names the services: choose the local (or Knative) backend and deploy first (Deploy page).</source>
        <translation>Das Backend dry-run benennt die Dienste nur: das Backend local (oder Knative) wählen und zuerst bereitstellen (Seite „Bereitstellen“).</translation>
    </message>
    <message>
        <source>Deploying… the run can start once the services are up.</source>
        <translation>Wird bereitgestellt… Der Lauf kann starten, sobald die Dienste laufen.</translation>
    </message>
    <message>
        <source>Deploy first (Deploy page): the load&apos;s endpoints are the %1 backend&apos;s services.</source>
        <translation>Zuerst bereitstellen (Seite „Bereitstellen“): Die Endpunkte der Last sind die Dienste des Backends %1.</translation>
    </message>
    <message>
        <source>Ready: %1 invocations in %2 slots, replayed %3× faster (about %4 s), %5. Results into %6.</source>
        <translation>Bereit: %1 Aufrufe in %2 Slots, %3-fach schneller abgespielt (etwa %4 s), %5. Ergebnisse in %6.</translation>
    </message>
    <message>
        <source>every call to %1</source>
        <translation>jeder Aufruf an %1</translation>
    </message>
    <message>
        <source>endpoints dialled as named, port 80</source>
        <translation>Verbindung zu den Endpunkten unter ihrem Namen, Port 80</translation>
    </message>
    <message>
        <source>a new runs/&lt;date&gt;-&lt;time&gt; folder</source>
        <translation>einen neuen Ordner runs/&lt;Datum&gt;-&lt;Uhrzeit&gt;</translation>
    </message>
    <message>
        <source>Writing load.json into %1…</source>
        <translation>load.json wird in %1 geschrieben…</translation>
    </message>
    <message>
        <source>Stopping: calls in flight get up to 5 s…</source>
        <translation>Wird angehalten: Unterwegs befindliche Aufrufe erhalten bis zu 5 s…</translation>
    </message>
    <message>
        <source>Running into %1.</source>
        <translation>Läuft, Ausgabe nach %1.</translation>
    </message>
    <message>
        <source>Writing the run folder %1…</source>
        <translation>Lauf-Ordner %1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Tearing the deployment down…</source>
        <translation>Bereitstellung wird abgebaut…</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>cannot create the run folder</source>
        <translation>Lauf-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Stopped before the first call.</source>
        <translation>Vor dem ersten Aufruf angehalten.</translation>
    </message>
    <message>
        <source>Writing the run folder…</source>
        <translation>Lauf-Ordner wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing the run folder %1</source>
        <translation>Lauf-Ordner %1 wird geschrieben</translation>
    </message>
    <message>
        <source>The run folder could not be written.</source>
        <translation>Der Lauf-Ordner konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Run %1: %2 scheduled = %3 ok + %4 error + %5 timeout + %6 not sent; files in %7</source>
        <translation>Lauf %1: %2 geplant = %3 ok + %4 Fehler + %5 Zeitüberschreitung + %6 nicht gesendet; Dateien in %7</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Threshold %1 failed</source>
        <translation>Schwellenwert %1 nicht bestanden</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Tearing the deployment down</source>
        <translation>Bereitstellung wird abgebaut</translation>
    </message>
    <message>
        <source>Teardown failed: %1</source>
        <translation>Abbau fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading the run %1</source>
        <translation>Lauf %1 wird gelesen</translation>
    </message>
    <message>
        <source>Opened the run %1</source>
        <translation>Lauf %1 geöffnet</translation>
    </message>
    <message>
        <source>Compare with the run in folder</source>
        <translation>Mit dem Lauf in einem Ordner vergleichen</translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation>Lauf-Ordner öffnen</translation>
    </message>
    <message>
        <source>Export every chart of the run into a folder</source>
        <translation>Alle Diagramme des Laufs in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Teardown: services removed: %1</source>
        <translation>Abbau: entfernte Dienste: %1</translation>
    </message>
    <message>
        <source>Charts written into %1: %2</source>
        <translation>Diagramme geschrieben nach %1: %2</translation>
    </message>
</context>
<context>
    <name>traceload::RunResultsView</name>
    <message>
        <source>Latency CDF</source>
        <translation>Latenz-CDF</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Raten</translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation>Verspätung</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>Kaltstarts</translation>
    </message>
    <message>
        <source>Compare: latency</source>
        <translation>Vergleich: Latenz</translation>
    </message>
    <message>
        <source>Compare: rates</source>
        <translation>Vergleich: Raten</translation>
    </message>
</context>
<context>
    <name>traceload::RunSummaryPanel</name>
    <message>
        <source>nothing to measure</source>
        <translation>nichts zu messen</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>No run yet: start one, or open a run folder.</source>
        <translation>Noch kein Lauf: Starten Sie einen oder öffnen Sie einen Lauf-Ordner.</translation>
    </message>
    <message>
        <source>Stopped before the end (partial results)</source>
        <translation>Vor dem Ende angehalten (Teilergebnisse)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>, %1 s, replayed %2× faster</source>
        <translation>, %1 s, %2-fach schneller abgespielt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; = %2 ok + %3 error + %4 timeout + %5 not sent%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = %2 ok + %3 Fehler + %4 Zeitüberschreitung + %5 nicht gesendet%6</translation>
    </message>
    <message>
        <source> &lt;b&gt;(does not add up!)&lt;/b&gt;</source>
        <translation> &lt;b&gt;(Summe stimmt nicht!)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Measured phase</source>
        <translation>Messphase</translation>
    </message>
    <message>
        <source>%1 scheduled, %2 ok, %3 error, %4 timeout, %5 not sent</source>
        <translation>%1 geplant, %2 ok, %3 Fehler, %4 Zeitüberschreitung, %5 nicht gesendet</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>target %1/s, achieved %2/s, ok %3/s</source>
        <translation>Ziel %1/s, erreicht %2/s, ok %3/s</translation>
    </message>
    <message>
        <source>p50 %1 · p90 %2 · p99 %3 · p99.9 %4 · max %5</source>
        <translation>p50 %1 · p90 %2 · p99 %3 · p99.9 %4 · max %5</translation>
    </message>
    <message>
        <source>Latency (send → reply)</source>
        <translation>Latenz (Senden → Antwort)</translation>
    </message>
    <message>
        <source>Response (schedule → reply)</source>
        <translation>Antwortzeit (geplant → Antwort)</translation>
    </message>
    <message>
        <source>Lateness (send − schedule)</source>
        <translation>Verspätung (Senden − geplant)</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>Kaltstarts</translation>
    </message>
    <message>
        <source>%1 (%2 in the measured phase), %3 instances</source>
        <translation>%1 (%2 in der Messphase), %3 Instanzen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>no summary.json: counts from invocations.csv</source>
        <translation>keine summary.json: Zählung aus invocations.csv</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ nicht bestanden</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>unknown (the endpoints do not report them)</source>
        <translation>unbekannt (die Endpunkte melden sie nicht)</translation>
    </message>
</context>
<context>
    <name>traceload::ScatterPlot</name>
    <message>
        <source>%1
%2: %3
%4: %5</source>
        <translation>%1
%2: %3
%4: %5</translation>
    </message>
</context>
<context>
    <name>traceload::ServiceStateModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>applying</source>
        <translation>wird angewendet</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>its emulator process is not running</source>
        <translation>der Emulator-Prozess läuft nicht</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>traceload::SlotArrivalsPlot</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Seconds within the slot</source>
        <translation>Sekunden innerhalb des Slots</translation>
    </message>
    <message>
        <source>Arrivals in one slot</source>
        <translation>Ankünfte in einem Slot</translation>
    </message>
    <message>
        <source>other (%1 endpoints)</source>
        <translation>andere (%1 Endpunkte)</translation>
    </message>
    <message>
        <source>Per %1</source>
        <translation>Pro %1</translation>
    </message>
    <message>
        <source>Slot %1 of %2</source>
        <translation>Slot %1 von %2</translation>
    </message>
    <message>
        <source>1 arrival</source>
        <translation>1 Ankunft</translation>
    </message>
    <message>
        <source>%1 arrivals</source>
        <translation>%1 Ankünfte</translation>
    </message>
    <message>
        <source>1 endpoint</source>
        <translation>1 Endpunkt</translation>
    </message>
    <message>
        <source>%1 endpoints</source>
        <translation>%1 Endpunkte</translation>
    </message>
    <message>
        <source>at most %1 per %2</source>
        <translation>höchstens %1 pro %2</translation>
    </message>
    <message>
        <source>%1
%2 arrivals</source>
        <translation>%1
%2 Ankünfte</translation>
    </message>
    <message>
        <source>%1 to %2 s: %3 arrivals</source>
        <translation>%1 bis %2 s: %3 Ankünfte</translation>
    </message>
</context>
<context>
    <name>traceload::SlotSeriesPlot</name>
    <message>
        <source>Invocations per slot</source>
        <translation>Aufrufe pro Slot</translation>
    </message>
    <message>
        <source>Minute of the trace</source>
        <translation>Minute des Traces</translation>
    </message>
    <message>
        <source>Second of the trace</source>
        <translation>Sekunde des Traces</translation>
    </message>
    <message>
        <source>Invocations per minute</source>
        <translation>Aufrufe pro Minute</translation>
    </message>
    <message>
        <source>Invocations per second</source>
        <translation>Aufrufe pro Sekunde</translation>
    </message>
    <message>
        <source>Invocations of %1</source>
        <translation>Aufrufe von %1</translation>
    </message>
    <message>
        <source>%1 trigger · no invocations in %2 slots</source>
        <translation>Trigger %1 · keine Aufrufe in %2 Slots</translation>
    </message>
    <message>
        <source>%1 trigger · %2 invocations in %3 slots · busiest slot %4 (%5)</source>
        <translation>Trigger %1 · %2 Aufrufe in %3 Slots · stärkster Slot %4 (%5)</translation>
    </message>
    <message>
        <source>%1 %2: %3 invocations</source>
        <translation>%1 %2: %3 Aufrufe</translation>
    </message>
</context>
<context>
    <name>traceload::StagePage</name>
    <message>
        <source>Up to date.</source>
        <translation>Aktuell.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Out of date: an input changed since this was computed.</source>
        <translation>Veraltet: Eine Eingabe hat sich seit der Berechnung geändert.</translation>
    </message>
    <message>
        <source>Out of date: %1.</source>
        <translation>Veraltet: %1.</translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation>Noch nicht berechnet.</translation>
    </message>
    <message>
        <source>Failed: the inputs need fixing.</source>
        <translation>Fehlgeschlagen: Die Eingaben müssen korrigiert werden.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
</context>
<context>
    <name>traceload::Text</name>
    <message>
        <source>flag -%1: &apos;%2&apos; is not a boolean (use true/false/True/False/1/0)</source>
        <translation>Option -%1: &apos;%2&apos; ist kein Wahrheitswert (true/false/True/False/1/0 verwenden)</translation>
    </message>
    <message>
        <source>flag -%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>Option -%1: &apos;%2&apos; ist keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>flag -%1: &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>Option -%1: &apos;%2&apos; ist keine Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>cancelled
</source>
        <translation>abgebrochen
</translation>
    </message>
    <message>
        <source>internal error: %1
</source>
        <translation>interner Fehler: %1
</translation>
    </message>
    <message>
        <source>Maps every trace function to its closest proxy function and deploys one service per trace function (or per proxy with --share-proxies). The deployment is recorded in &lt;build&gt;/deployment.json; `traceload --batch teardown` removes it.</source>
        <translation>Ordnet jede Trace-Funktion der nächstgelegenen Proxy-Funktion zu und stellt je Trace-Funktion einen Dienst bereit (oder je Proxy mit --share-proxies). Die Bereitstellung wird in &lt;build&gt;/deployment.json aufgezeichnet; `traceload --batch teardown` entfernt sie.</translation>
    </message>
    <message>
        <source>deployed %1 services (%2 backend) for %3 trace functions
</source>
        <translation>%1 Dienste (Backend %2) für %3 Trace-Funktionen bereitgestellt
</translation>
    </message>
    <message>
        <source>  connect to:  %1 (every endpoint is served there)
</source>
        <translation>  Verbindung:    %1 (dort werden alle Endpunkte bedient)
</translation>
    </message>
    <message>
        <source>  ... %1 more
</source>
        <translation>  ... %1 weitere
</translation>
    </message>
    <message>
        <source>  record:      %1
</source>
        <translation>  Aufzeichnung:  %1
</translation>
    </message>
    <message>
        <source>  log:         %1
</source>
        <translation>  Protokoll:     %1
</translation>
    </message>
    <message>
        <source>  remove with: traceload --batch teardown -b %1
</source>
        <translation>  Abbau mit:     traceload --batch teardown -b %1
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>warning: no proxy config.json (-c/--config_proxy): pre- and post-deployment commands (databases) are not run
</source>
        <translation>Warnung: keine Proxy-config.json (-c/--config_proxy): Befehle vor und nach der Bereitstellung (Datenbanken) werden nicht ausgeführt
</translation>
    </message>
    <message>
        <source>Seconds any single external command may take (default 300).</source>
        <translation>Sekunden, die ein einzelner externer Befehl dauern darf (Standard: 300).</translation>
    </message>
    <message>
        <source>Milliseconds between two `kn service list` polls (default 1000).</source>
        <translation>Millisekunden zwischen zwei Abfragen mit `kn service list` (Standard: 1000).</translation>
    </message>
    <message>
        <source>Deployment backend: local (emulated on this machine), knative (kubectl + kn) or dry-run (default %1).</source>
        <translation>Bereitstellungs-Backend: local (auf diesem Rechner emuliert), knative (kubectl + kn) oder dry-run (Standard: %1).</translation>
    </message>
    <message>
        <source>One service per distinct proxy instead of one per function.</source>
        <translation>Ein Dienst je unterschiedlichem Proxy statt einer je Funktion.</translation>
    </message>
    <message>
        <source>knative: delete every existing Knative service first (kn service delete --all).</source>
        <translation>knative: zuerst alle vorhandenen Knative-Dienste löschen (kn service delete --all).</translation>
    </message>
    <message>
        <source>Deployment commands run in parallel (default: the core count).</source>
        <translation>Parallel ausgeführte Bereitstellungsbefehle (Standard: Anzahl der Kerne).</translation>
    </message>
    <message>
        <source>knative: seconds to wait for every service to be Ready (default 600).</source>
        <translation>knative: Sekunden, die gewartet wird, bis jeder Dienst Ready ist (Standard: 600).</translation>
    </message>
    <message>
        <source>local: how the emulator spends a function&apos;s duration, sleep or spin (default sleep).</source>
        <translation>local: wie der Emulator die Dauer einer Funktion verbringt, sleep oder spin (Standard: sleep).</translation>
    </message>
    <message>
        <source>local: extra delay of a call that finds no idle instance (default 0 = off).</source>
        <translation>local: zusätzliche Verzögerung eines Aufrufs, der keine freie Instanz vorfindet (Standard: 0 = aus).</translation>
    </message>
    <message>
        <source>local: seconds after which an idle emulated instance is dropped (default 600).</source>
        <translation>local: Sekunden, nach denen eine untätige emulierte Instanz verworfen wird (Standard: 600).</translation>
    </message>
    <message>
        <source>local: the traceload-function program (default: next to traceload).</source>
        <translation>local: das Programm traceload-function (Standard: neben traceload).</translation>
    </message>
    <message>
        <source>flag --backend: unknown backend &apos;%1&apos; (available: %2)</source>
        <translation>Option --backend: unbekanntes Backend &apos;%1&apos; (verfügbar: %2)</translation>
    </message>
    <message>
        <source>flag --work: unknown mode &apos;%1&apos; (use sleep or spin)</source>
        <translation>Option --work: unbekannter Modus &apos;%1&apos; (sleep oder spin verwenden)</translation>
    </message>
    <message>
        <source>Replays a load.json open-loop against gRPC functions (helloworld.Greeter): every invocation is sent at its scheduled time whether or not earlier ones have answered. Writes rps_&lt;latf&gt;, invocations.csv and summary.json.</source>
        <translation>Spielt eine load.json als Open-Loop gegen gRPC-Funktionen (helloworld.Greeter) ab: Jeder Aufruf wird zu seinem geplanten Zeitpunkt gesendet, unabhängig davon, ob frühere geantwortet haben. Schreibt rps_&lt;latf&gt;, invocations.csv und summary.json.</translation>
    </message>
    <message>
        <source>Measured slots (default 8).</source>
        <translation>Gemessene Slots (Standard: 8).</translation>
    </message>
    <message>
        <source>Warm-up slots before them (default 2).</source>
        <translation>Aufwärm-Slots davor (Standard: 2).</translation>
    </message>
    <message>
        <source>Minute (true) or second (false) slots (default true).</source>
        <translation>Minuten- (true) oder Sekunden-Slots (false) (Standard: true).</translation>
    </message>
    <message>
        <source>Port the functions listen on (default 80).</source>
        <translation>Port, auf dem die Funktionen lauschen (Standard: 80).</translation>
    </message>
    <message>
        <source>Deadline of each call in seconds (default 30).</source>
        <translation>Frist jedes Aufrufs in Sekunden (Standard: 30).</translation>
    </message>
    <message>
        <source>Latency file name; written as rps_&lt;latf&gt; (default lat.csv).</source>
        <translation>Name der Latenzdatei; geschrieben als rps_&lt;latf&gt; (Standard: lat.csv).</translation>
    </message>
    <message>
        <source>Dial HOST:PORT for every endpoint and send the endpoint as :authority (a Knative ingress without DNS).</source>
        <translation>Für jeden Endpunkt mit HOST:PORT verbinden und den Endpunkt als :authority senden (ein Knative-Ingress ohne DNS).</translation>
    </message>
    <message>
        <source>Folder for the run files (default: the working directory).</source>
        <translation>Ordner für die Lauf-Dateien (Standard: das Arbeitsverzeichnis).</translation>
    </message>
    <message>
        <source>Replay this many times faster (default 1).</source>
        <translation>Um diesen Faktor schneller abspielen (Standard: 1).</translation>
    </message>
    <message>
        <source>Pass/fail condition, repeatable: latency.p99&lt;500ms, response.p99&lt;1s, lateness.p99&lt;2ms, errors.rate&lt;0.01, ... Any violated: exit code 99.</source>
        <translation>Bestanden/Nicht-bestanden-Bedingung, wiederholbar: latency.p99&lt;500ms, response.p99&lt;1s, lateness.p99&lt;2ms, errors.rate&lt;0.01, ... Ist eine verletzt: Exit-Code 99.</translation>
    </message>
    <message>
        <source>Seed the load was generated with (recorded in summary.json).</source>
        <translation>Seed, mit dem die Last erzeugt wurde (wird in summary.json vermerkt).</translation>
    </message>
    <message>
        <source>HTTP/2 connections per dial target (default 0 = auto: 4 shared out over the targets).</source>
        <translation>HTTP/2-Verbindungen je Verbindungsziel (Standard: 0 = automatisch: 4, auf die Ziele verteilt).</translation>
    </message>
    <message>
        <source>No progress line.</source>
        <translation>Keine Fortschrittszeile.</translation>
    </message>
    <message>
        <source>flag -latf: &apos;%1&apos; is not a file name</source>
        <translation>Option -latf: &apos;%1&apos; ist kein Dateiname</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>connecting to %1 for every endpoint (from %2)
</source>
        <translation>Verbindung zu %1 für jeden Endpunkt (aus %2)
</translation>
    </message>
    <message>
        <source>load %1: %2 slots of %3 s, %4 endpoints; replaying %5 invocations (warm-up %6 + measured %7 slots) at speedup %8
</source>
        <translation>Last %1: %2 Slots zu %3 s, %4 Endpunkte; spiele %5 Aufrufe ab (Aufwärmphase %6 + gemessen %7 Slots) mit Beschleunigung %8
</translation>
    </message>
    <message>
        <source>dial target %1
</source>
        <translation>Verbindungsziel %1
</translation>
    </message>
    <message>
        <source>  rate %1/s  p99 %2  late p99 %3</source>
        <translation>  Rate %1/s  p99 %2  Verspätung p99 %3</translation>
    </message>
    <message>
        <source>  [overall p50 %1 p99 %2 max %3; lateness p50 %4 max %5]</source>
        <translation>  [gesamt p50 %1 p99 %2 max %3; Verspätung p50 %4 max %5]</translation>
    </message>
    <message>
        <source>rate: target %1/s, achieved %2/s, ok %3/s
</source>
        <translation>Rate: Ziel %1/s, erreicht %2/s, ok %3/s
</translation>
    </message>
    <message>
        <source>latency p50 %1  p99 %2  max %3; lateness p50 %4  p99 %5  max %6
</source>
        <translation>Latenz p50 %1  p99 %2  max %3; Verspätung p50 %4  p99 %5  max %6
</translation>
    </message>
    <message>
        <source>The measured latencies are saved in %1
</source>
        <translation>Die gemessenen Latenzen sind in %1 gespeichert
</translation>
    </message>
    <message>
        <source>threshold %1: %2 (value %3)
</source>
        <translation>Schwellenwert %1: %2 (Wert %3)
</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>VIOLATED</source>
        <translation>VERLETZT</translation>
    </message>
    <message>
        <source>cancelled: %1 invocations not sent; results written
</source>
        <translation>abgebrochen: %1 Aufrufe nicht gesendet; Ergebnisse geschrieben
</translation>
    </message>
    <message>
        <source>equidistant, uniform or exponential (default uniform).</source>
        <translation>equidistant, uniform oder exponential (Standard: uniform).</translation>
    </message>
    <message>
        <source>Measured slots (default 20).</source>
        <translation>Gemessene Slots (Standard: 20).</translation>
    </message>
    <message>
        <source>Warm-up slots (default 2).</source>
        <translation>Aufwärm-Slots (Standard: 2).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same load.json (default 42).</source>
        <translation>Zufalls-Seed; derselbe Seed ergibt dieselbe load.json (Standard: 42).</translation>
    </message>
    <message>
        <source>Start this many slots into the trace (default 0).</source>
        <translation>So viele Slots nach Beginn des Traces starten (Standard: 0).</translation>
    </message>
    <message>
        <source>Do not give each function a random phase within the slot.</source>
        <translation>Funktionen keine zufällige Phase innerhalb des Slots geben.</translation>
    </message>
    <message>
        <source>flag -i/--iat_distribution: unknown distribution &apos;%1&apos; (use equidistant, uniform or exponential)</source>
        <translation>Option -i/--iat_distribution: unbekannte Verteilung &apos;%1&apos; (equidistant, uniform oder exponential verwenden)</translation>
    </message>
    <message>
        <source>Maps every trace function to its closest proxy function, deploys the proxies and writes a timestamped load (load.json).</source>
        <translation>Ordnet jede Trace-Funktion der nächstgelegenen Proxy-Funktion zu, stellt die Proxys bereit und schreibt eine Last mit Zeitstempeln (load.json).</translation>
    </message>
    <message>
        <source>Output load file (default invoker/load.json).</source>
        <translation>Ausgabedatei der Last (Standard: invoker/load.json).</translation>
    </message>
    <message>
        <source>Write the mapping (JSON) to this file.</source>
        <translation>Die Zuordnung (JSON) in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Write a machine-readable summary to this file.</source>
        <translation>Eine maschinenlesbare Zusammenfassung in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>output folder %1 does not exist</source>
        <translation>Ausgabeordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Remove the services with: traceload --batch teardown -b %1
</source>
        <translation>Dienste entfernen mit: traceload --batch teardown -b %1
</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <source>Trace      %1: %2 functions, %3 slots (using %4 from slot %5)
</source>
        <translation>Trace      %1: %2 Funktionen, %3 Slots (davon %4 genutzt ab Slot %5)
</translation>
    </message>
    <message>
        <source>           %1 malformed rows skipped:
</source>
        <translation>           %1 fehlerhafte Zeilen übersprungen:
</translation>
    </message>
    <message>
        <source>           %1 functions left out, not in every file:
</source>
        <translation>           %1 Funktionen ausgelassen, nicht in jeder Datei:
</translation>
    </message>
    <message>
        <source>Profile    %1: %2 proxy functions
</source>
        <translation>Profil     %1: %2 Proxy-Funktionen
</translation>
    </message>
    <message>
        <source>Config     %1
</source>
        <translation>Konfig.    %1
</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Mapping    %1 at percentile %2, error mean %3, median %4, p90 %5, max %6
</source>
        <translation>Zuordnung  %1 bei Perzentil %2, Fehler Mittelwert %3, Median %4, p90 %5, max %6
</translation>
    </message>
    <message>
        <source>           warning: %1
</source>
        <translation>           Warnung: %1
</translation>
    </message>
    <message>
        <source>Services   %1 (%2 backend)
</source>
        <translation>Dienste    %1 (Backend %2)
</translation>
    </message>
    <message>
        <source>Load       %1, seed %2%3: %4 invocations in %5 slots (%6 warm-up)
</source>
        <translation>Last       %1, Seed %2%3: %4 Aufrufe in %5 Slots (%6 zum Aufwärmen)
</translation>
    </message>
    <message>
        <source>, no shift</source>
        <translation>, ohne Phasenverschiebung</translation>
    </message>
    <message>
        <source>           per slot: %1
</source>
        <translation>           pro Slot: %1
</translation>
    </message>
    <message>
        <source>Written    %1
</source>
        <translation>Erstellt   %1
</translation>
    </message>
    <message>
        <source>Draws the seed&apos;s six figures of a trace and a proxy profile (log-decade histograms and the function-profiles scatter), and mapping, load and run figures when --mapping-in, --load or --run is given.</source>
        <translation>Zeichnet die sechs Grundabbildungen eines Traces und eines Proxy-Profils (Histogramme über logarithmische Dekaden und das Streudiagramm der Funktionsprofile) sowie Zuordnungs-, Last- und Lauf-Abbildungen, wenn --mapping-in, --load oder --run angegeben ist.</translation>
    </message>
    <message>
        <source>Trace folder with invocations.csv, durations.csv, memory.csv (default: the bundled 250-function sample).</source>
        <translation>Trace-Ordner mit invocations.csv, durations.csv, memory.csv (Standard: das mitgelieferte Beispiel mit 250 Funktionen).</translation>
    </message>
    <message>
        <source>Proxy profile.json (default: the bundled vSwarm profile).</source>
        <translation>Proxy-profile.json (Standard: das mitgelieferte vSwarm-Profil).</translation>
    </message>
    <message>
        <source>Output folder for the figures (default png; created if missing).</source>
        <translation>Ausgabeordner für die Abbildungen (Standard: png; wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Trace and load have minute (true) or second (false) slots (default true).</source>
        <translation>Trace und Last haben Minuten- (true) oder Sekunden-Slots (false) (Standard: true).</translation>
    </message>
    <message>
        <source>Percentile of memory and duration drawn (default 75).</source>
        <translation>Dargestelltes Perzentil von Speicher und Dauer (Standard: 75).</translation>
    </message>
    <message>
        <source>Mapping file: adds the mapping error histogram and the trace-to-proxy scatter.</source>
        <translation>Zuordnungsdatei: ergänzt das Histogramm der Zuordnungsfehler und das Streudiagramm Trace zu Proxy.</translation>
    </message>
    <message>
        <source>load.json: adds the invocations-per-slot chart.</source>
        <translation>load.json: ergänzt das Diagramm der Aufrufe pro Slot.</translation>
    </message>
    <message>
        <source>Run folder (invocations.csv, summary.json): adds latency CDF, latency and lateness over time, issued vs completed, cold starts.</source>
        <translation>Lauf-Ordner (invocations.csv, summary.json): ergänzt Latenz-CDF, Latenz und Verspätung über die Zeit, gesendet vs. abgeschlossen, Kaltstarts.</translation>
    </message>
    <message>
        <source>png, pdf or svg (default png).</source>
        <translation>png, pdf oder svg (Standard: png).</translation>
    </message>
    <message>
        <source>Figure size in pixels, WxH (default 1200x800).</source>
        <translation>Abbildungsgröße in Pixeln, BxH (Standard: 1200x800).</translation>
    </message>
    <message>
        <source>Resolution: pixels per inch; fonts are in points (default 100).</source>
        <translation>Auflösung: Pixel pro Zoll; Schriftgrößen in Punkt (Standard: 100).</translation>
    </message>
    <message>
        <source>flag -o/--png_folder: empty folder name</source>
        <translation>Option -o/--png_folder: leerer Ordnername</translation>
    </message>
    <message>
        <source>flag --format: unknown format &apos;%1&apos; (use png, pdf or svg)</source>
        <translation>Option --format: unbekanntes Format &apos;%1&apos; (png, pdf oder svg verwenden)</translation>
    </message>
    <message>
        <source>flag --size: &apos;%1&apos; is not WxH with both between 64 and 10000 pixels (e.g. 1200x800)</source>
        <translation>Option --size: &apos;%1&apos; ist nicht BxH mit beiden Werten zwischen 64 und 10000 Pixeln (z. B. 1200x800)</translation>
    </message>
    <message>
        <source>cannot create the output folder: a file of that name exists</source>
        <translation>Ausgabeordner kann nicht angelegt werden: Es gibt bereits eine Datei dieses Namens</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) written to %1
</source>
        <translation>
            <numerusform>%n Abbildung nach %1 geschrieben
</numerusform>
            <numerusform>%n Abbildungen nach %1 geschrieben
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 plotted at %2%3
</source>
        <translation>%1 als %2%3 gezeichnet
</translation>
    </message>
    <message>
        <source> (no data)</source>
        <translation> (keine Daten)</translation>
    </message>
    <message>
        <source>warning: %1 functions are not in all three trace files and are not plotted
</source>
        <translation>Warnung: %1 Funktionen sind nicht in allen drei Trace-Dateien und werden nicht gezeichnet
</translation>
    </message>
    <message>
        <source>Runs the whole pipeline: maps the trace, deploys the proxies, generates the load, invokes it open-loop, writes the run files and figures into one folder and tears the deployment down.</source>
        <translation>Führt die ganze Pipeline aus: ordnet den Trace zu, stellt die Proxys bereit, erzeugt die Last, ruft sie als Open-Loop auf, schreibt die Lauf-Dateien und Abbildungen in einen Ordner und baut die Bereitstellung ab.</translation>
    </message>
    <message>
        <source>Pass/fail condition, repeatable (as in invoke); any violated: exit 99.</source>
        <translation>Bestanden/Nicht-bestanden-Bedingung, wiederholbar (wie bei invoke); ist eine verletzt: Exit-Code 99.</translation>
    </message>
    <message>
        <source>Leave the services deployed after the run.</source>
        <translation>Die Dienste nach dem Lauf bereitgestellt lassen.</translation>
    </message>
    <message>
        <source>No progress line while invoking.</source>
        <translation>Keine Fortschrittszeile während der Aufrufe.</translation>
    </message>
    <message>
        <source>Teardown   %1 services removed
</source>
        <translation>Abbau      %1 Dienste entfernt
</translation>
    </message>
    <message>
        <source>warning: teardown failed: %1 (run `traceload --batch teardown -b %2`)
</source>
        <translation>Warnung: Abbau fehlgeschlagen: %1 (`traceload --batch teardown -b %2` ausführen)
</translation>
    </message>
    <message>
        <source>cannot create the results folder</source>
        <translation>Ergebnisordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Run        %1 invocations of %2 services over %3 s of trace, replayed %4x faster (%5 s)
</source>
        <translation>Lauf       %1 Aufrufe von %2 Diensten über %3 s Trace, %4-fach schneller abgespielt (%5 s)
</translation>
    </message>
    <message>
        <source>Results    %1 (load.json, mapping.json, invocations.csv, summary.json, plots/)
</source>
        <translation>Ergebnisse %1 (load.json, mapping.json, invocations.csv, summary.json, plots/)
</translation>
    </message>
    <message>
        <source>nothing to tear down: %1 does not exist
</source>
        <translation>nichts abzubauen: %1 existiert nicht
</translation>
    </message>
    <message>
        <source>removed the %1 deployment recorded in %2 (%3 services removed)
</source>
        <translation>in %2 aufgezeichnete %1-Bereitstellung entfernt (%3 Dienste entfernt)
</translation>
    </message>
    <message>
        <source>A .traceload workspace saved by the window: its inputs and options, each replaced by the flags given here.</source>
        <translation>Ein im Fenster gespeicherter .traceload-Arbeitsbereich: seine Eingaben und Optionen, jeweils ersetzt durch die hier angegebenen Optionen.</translation>
    </message>
    <message>
        <source>Proxy config.json with deployment commands (default: the bundled one when the profile is bundled).</source>
        <translation>Proxy-config.json mit Bereitstellungsbefehlen (Standard: die mitgelieferte, wenn das Profil mitgeliefert ist).</translation>
    </message>
    <message>
        <source>Trace has minute (true) or second (false) slots (default true).</source>
        <translation>Trace hat Minuten- (true) oder Sekunden-Slots (false) (Standard: true).</translation>
    </message>
    <message>
        <source>One-to-one mapping by linear sum assignment (default false).</source>
        <translation>Eins-zu-eins-Zuordnung durch Lösen des linearen Zuordnungsproblems (Standard: false).</translation>
    </message>
    <message>
        <source>Percentile of memory and duration compared (default 75).</source>
        <translation>Verglichenes Perzentil von Speicher und Dauer (Standard: 75).</translation>
    </message>
    <message>
        <source>Treat malformed trace rows as errors instead of skipping them.</source>
        <translation>Fehlerhafte Trace-Zeilen als Fehler behandeln, statt sie zu überspringen.</translation>
    </message>
    <message>
        <source>Use the mapping in this file (functions it lacks are mapped nearest).</source>
        <translation>Die Zuordnung aus dieser Datei verwenden (darin fehlende Funktionen erhalten den nächstgelegenen Proxy).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1:0; port 0 picks a free one).</source>
        <translation>Adresse, auf der gelauscht wird (Standard: 127.0.0.1:0; Port 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Services file (JSON, see above).</source>
        <translation>Dienstdatei (JSON, siehe oben).</translation>
    </message>
    <message>
        <source>Serve calls for unknown services as this service (default: NOT_FOUND). Without --services it is a service of its own taking 0 ms.</source>
        <translation>Aufrufe an unbekannte Dienste als dieser Dienst bedienen (Standard: NOT_FOUND). Ohne --services ist es ein eigener Dienst mit 0 ms.</translation>
    </message>
    <message>
        <source>sleep (default; no thread per call) or spin (busy-loop on the worker threads).</source>
        <translation>sleep (Standard; kein Thread je Aufruf) oder spin (aktive Warteschleife auf den Worker-Threads).</translation>
    </message>
    <message>
        <source>Allocate and touch the drawn memory for the call&apos;s duration (at most %1 MB a call and %2 MB for all calls together; beyond that a call touches none).</source>
        <translation>Den gezogenen Speicher für die Dauer des Aufrufs belegen und beschreiben (höchstens %1 MB je Aufruf und %2 MB für alle Aufrufe zusammen; darüber hinaus belegt ein Aufruf keinen).</translation>
    </message>
    <message>
        <source>Extra delay of the first call to a service and of the first after it was idle longer than --idle-timeout (default 0 = off).</source>
        <translation>Zusätzliche Verzögerung des ersten Aufrufs eines Dienstes und des ersten, nachdem er länger als --idle-timeout untätig war (Standard: 0 = aus).</translation>
    </message>
    <message>
        <source>Seconds without calls after which a service scales to zero (default 600).</source>
        <translation>Sekunden ohne Aufrufe, nach denen ein Dienst auf null skaliert (Standard: 600).</translation>
    </message>
    <message>
        <source>Write every call&apos;s arrival (arrival_unix_us,service) to this CSV at exit.</source>
        <translation>Beim Beenden die Ankunft jedes Aufrufs (arrival_unix_us,service) in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Seed of the execution time draws (default 42).</source>
        <translation>Seed für das Ziehen der Ausführungszeiten (Standard: 42).</translation>
    </message>
    <message>
        <source>Worker threads for spinning and touching memory (default: the core count).</source>
        <translation>Worker-Threads für aktives Warten und Speicherzugriffe (Standard: Anzahl der Kerne).</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number between 0 and %3</source>
        <translation>--%1: &apos;%2&apos; ist keine Zahl zwischen 0 und %3</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not an integer between %3 and %4</source>
        <translation>--%1: &apos;%2&apos; ist keine ganze Zahl zwischen %3 und %4</translation>
    </message>
    <message>
        <source>--work: &apos;%1&apos; is neither sleep nor spin</source>
        <translation>--work: &apos;%1&apos; ist weder sleep noch spin</translation>
    </message>
    <message>
        <source>no service named &apos;%1&apos; in the services file</source>
        <translation>kein Dienst namens &apos;%1&apos; in der Dienstdatei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT (e.g. 127.0.0.1:0)</source>
        <translation>&apos;%1&apos; ist nicht HOST:PORT (z. B. 127.0.0.1:0)</translation>
    </message>
    <message>
        <source>the folder of the arrivals file does not exist</source>
        <translation>der Ordner der Ankunftsdatei existiert nicht</translation>
    </message>
    <message>
        <source>cannot listen on %1 (address in use or not local?)</source>
        <translation>kann nicht auf %1 lauschen (Adresse belegt oder nicht lokal?)</translation>
    </message>
    <message>
        <source>no service named &apos;%1&apos; (the call&apos;s :authority is &apos;%2&apos;)</source>
        <translation>kein Dienst namens &apos;%1&apos; (die :authority des Aufrufs ist &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the function emulator is shutting down</source>
        <translation>der Funktions-Emulator wird beendet</translation>
    </message>
    <message>
        <source>traceload-function: error: %1
</source>
        <translation>traceload-function: Fehler: %1
</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a finite number &gt;= 0</source>
        <translation>muss eine endliche Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>key must be &apos;&lt;0..100&gt;-percentile&apos; (e.g. &apos;75-percentile&apos;)</source>
        <translation>Schlüssel muss &apos;&lt;0..100&gt;-percentile&apos; lauten (z. B. &apos;75-percentile&apos;)</translation>
    </message>
    <message>
        <source>must be an object of percentiles (&quot;75-percentile&quot;: value)</source>
        <translation>muss ein Objekt aus Perzentilen sein (&quot;75-percentile&quot;: Wert)</translation>
    </message>
    <message>
        <source>has no percentiles</source>
        <translation>hat keine Perzentile</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>must be a JSON object keyed by service name</source>
        <translation>muss ein JSON-Objekt mit Dienstnamen als Schlüsseln sein</translation>
    </message>
    <message>
        <source>a service name is empty</source>
        <translation>ein Dienstname ist leer</translation>
    </message>
    <message>
        <source>must be an object (duration, memory)</source>
        <translation>muss ein Objekt sein (duration, memory)</translation>
    </message>
    <message>
        <source>has neither &apos;duration&apos; (percentiles) nor &apos;duration_ms&apos;</source>
        <translation>hat weder &apos;duration&apos; (Perzentile) noch &apos;duration_ms&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
</source>
        <translation>unbekannter Befehl &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>quoted field is never closed</source>
        <translation>Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>key appears more than once in the same object</source>
        <translation>Schlüssel kommt im selben Objekt mehrfach vor</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>file is missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>unknown backend &apos;%1&apos;</source>
        <translation>unbekanntes Backend &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create the build folder</source>
        <translation>Build-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>tearing down the previous %1 deployment recorded in %2 (%3 services)</source>
        <translation>Abbau der vorherigen, in %2 aufgezeichneten %1-Bereitstellung (%3 Dienste)</translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation>konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>timed out after %1 s and was killed</source>
        <translation>Zeitlimit von %1 s überschritten, Prozess wurde beendet</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>running in %1: %2</source>
        <translation>Ausführung in %1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a whole number &gt;= 0</source>
        <translation>muss eine ganze Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>proxy &apos;%1&apos; has no YAML; the knative backend needs one</source>
        <translation>Proxy &apos;%1&apos; hat kein YAML; das knative-Backend benötigt eines</translation>
    </message>
    <message>
        <source>writing service YAMLs</source>
        <translation>Dienst-YAMLs werden geschrieben</translation>
    </message>
    <message>
        <source>deleting every existing Knative service (--delete-existing)</source>
        <translation>alle vorhandenen Knative-Dienste werden gelöscht (--delete-existing)</translation>
    </message>
    <message>
        <source>command `%1` failed: %2</source>
        <translation>Befehl `%1` fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 services still listed %2 s after `kn service delete --all`</source>
        <translation>%1 Dienste %2 s nach `kn service delete --all` noch aufgeführt</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: pre-deployment command `%2` (in %3) failed: %4</source>
        <translation>Dienst &apos;%1&apos;: Befehl vor der Bereitstellung `%2` (in %3) fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: command `%2` failed: %3</source>
        <translation>Dienst &apos;%1&apos;: Befehl `%2` fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: post-deployment command `%2` (in %3) failed: %4</source>
        <translation>Dienst &apos;%1&apos;: Befehl nach der Bereitstellung `%2` (in %3) fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>deploying services</source>
        <translation>Dienste werden bereitgestellt</translation>
    </message>
    <message>
        <source>not listed by kn</source>
        <translation>von kn nicht aufgeführt</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Ready but without a URL</source>
        <translation>Ready, aber ohne URL</translation>
    </message>
    <message>
        <source>waiting for services to be Ready</source>
        <translation>warte, bis die Dienste Ready sind</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>%1 of %2 services not Ready after %3 s (--ready-timeout): %4</source>
        <translation>%1 von %2 Diensten nach %3 s nicht Ready (--ready-timeout): %4</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cancelled; %1</source>
        <translation>abgebrochen; %1</translation>
    </message>
    <message>
        <source>%1 of %2 services applied, %3 Ready</source>
        <translation>%1 von %2 Diensten angewendet, %3 Ready</translation>
    </message>
    <message>
        <source>%1
%2 (report: %3, commands: %4; `traceload --batch teardown -b %5` removes them)</source>
        <translation>%1
%2 (Bericht: %3, Befehle: %4; `traceload --batch teardown -b %5` entfernt sie)</translation>
    </message>
    <message>
        <source>deploying %1 Knative services from %2</source>
        <translation>%1 Knative-Dienste aus %2 werden bereitgestellt</translation>
    </message>
    <message>
        <source>every service is Ready</source>
        <translation>alle Dienste sind Ready</translation>
    </message>
    <message>
        <source>&apos;%1&apos; not found on PATH; the knative backend runs kubectl and kn (install them, or use --backend local)</source>
        <translation>&apos;%1&apos; nicht im PATH gefunden; das knative-Backend führt kubectl und kn aus (installieren Sie diese oder verwenden Sie --backend local)</translation>
    </message>
    <message>
        <source>printed something that is not a Knative service list (JSON expected): &quot;%1&quot;</source>
        <translation>hat etwas ausgegeben, das keine Knative-Dienstliste ist (JSON erwartet): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or not a list in the Knative service list</source>
        <translation>fehlt in der Knative-Dienstliste oder ist keine Liste</translation>
    </message>
    <message>
        <source>missing in the Knative service list</source>
        <translation>fehlt in der Knative-Dienstliste</translation>
    </message>
    <message>
        <source>no status yet</source>
        <translation>noch kein Status</translation>
    </message>
    <message>
        <source>not Ready</source>
        <translation>nicht Ready</translation>
    </message>
    <message>
        <source>deleting %1 Knative services</source>
        <translation>%1 Knative-Dienste werden gelöscht</translation>
    </message>
    <message>
        <source>`%1` failed (%2); checking what is left</source>
        <translation>`%1` fehlgeschlagen (%2); prüfe, was übrig ist</translation>
    </message>
    <message>
        <source>%1 services still exist after `kn service delete`: %2</source>
        <translation>%1 Dienste existieren nach `kn service delete` noch: %2</translation>
    </message>
    <message>
        <source>note: what the pre-deployment commands created is not removed:
  %1</source>
        <translation>Hinweis: Was die Befehle vor der Bereitstellung angelegt haben, wird nicht entfernt:
  %1</translation>
    </message>
    <message>
        <source>the local backend runs the emulator traceload-function, which is not there (build it: cmake --build build --target traceload-function)</source>
        <translation>das local-Backend führt den Emulator traceload-function aus, der nicht vorhanden ist (bauen mit: cmake --build build --target traceload-function)</translation>
    </message>
    <message>
        <source>starting the emulator: %1</source>
        <translation>Emulator wird gestartet: %1</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 (log: %2)</source>
        <translation>%1 (Protokoll: %2)</translation>
    </message>
    <message>
        <source>the emulator (pid %1) exited before it was listening</source>
        <translation>der Emulator (PID %1) wurde beendet, bevor er lauschte</translation>
    </message>
    <message>
        <source>the emulator (pid %1) did not print `listening on` within %2 ms</source>
        <translation>der Emulator (PID %1) hat `listening on` nicht innerhalb von %2 ms ausgegeben</translation>
    </message>
    <message>
        <source>starting the emulator</source>
        <translation>Emulator wird gestartet</translation>
    </message>
    <message>
        <source>the emulator (pid %1) does not accept connections on 127.0.0.1:%2: %3</source>
        <translation>der Emulator (PID %1) nimmt auf 127.0.0.1:%2 keine Verbindungen an: %3</translation>
    </message>
    <message>
        <source>the emulator (pid %1) serves %2 services on %3</source>
        <translation>der Emulator (PID %1) bedient %2 Dienste auf %3</translation>
    </message>
    <message>
        <source>the emulator (pid %1) is not running any more</source>
        <translation>der Emulator (PID %1) läuft nicht mehr</translation>
    </message>
    <message>
        <source>pid %1 now belongs to another program; it is left alone</source>
        <translation>PID %1 gehört jetzt zu einem anderen Programm; es bleibt unangetastet</translation>
    </message>
    <message>
        <source>stopping the emulator (pid %1)</source>
        <translation>Emulator (PID %1) wird gestoppt</translation>
    </message>
    <message>
        <source>the emulator (pid %1) did not stop after SIGTERM and SIGKILL</source>
        <translation>der Emulator (PID %1) hat nach SIGTERM und SIGKILL nicht angehalten</translation>
    </message>
    <message>
        <source>the emulator (pid %1) stopped</source>
        <translation>der Emulator (PID %1) wurde gestoppt</translation>
    </message>
    <message>
        <source>the mapping names proxy %1, which is not in the profile</source>
        <translation>die Zuordnung nennt den Proxy %1, der nicht im Profil ist</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>holds %1 Knative Services; a proxy YAML must define exactly one</source>
        <translation>enthält %1 Knative Services; ein Proxy-YAML muss genau einen definieren</translation>
    </message>
    <message>
        <source>no Knative Service (apiVersion serving.knative.dev/v1, kind Service) with a metadata map found</source>
        <translation>kein Knative Service (apiVersion serving.knative.dev/v1, kind Service) mit einer metadata-Map gefunden</translation>
    </message>
    <message>
        <source>must be a map</source>
        <translation>muss eine Map sein</translation>
    </message>
    <message>
        <source>the load has more than 4 billion invocations</source>
        <translation>die Last hat mehr als 4 Milliarden Aufrufe</translation>
    </message>
    <message>
        <source>slot %1 has %2 timestamps but %3 endpoints</source>
        <translation>Slot %1 hat %2 Zeitstempel, aber %3 Endpunkte</translation>
    </message>
    <message>
        <source>slot %1: endpoint index %2 is out of range</source>
        <translation>Slot %1: Endpunkt-Index %2 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>-warmup and -duration must not be negative</source>
        <translation>-warmup und -duration dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>the load has %1 slots but -warmup %2 + -duration %3 need %4</source>
        <translation>die Last hat %1 Slots, aber -warmup %2 + -duration %3 benötigen %4</translation>
    </message>
    <message>
        <source>the speedup must be a positive number</source>
        <translation>die Beschleunigung muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>the gRPC timeout must be positive</source>
        <translation>das gRPC-Zeitlimit muss positiv sein</translation>
    </message>
    <message>
        <source>the slot length must be positive</source>
        <translation>die Slot-Länge muss positiv sein</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>unerwartetes Dateiende</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected byte 0x%1</source>
        <translation>unerwartetes Byte 0x%1</translation>
    </message>
    <message>
        <source>expected %1, found the end of the file</source>
        <translation>%1 erwartet, Dateiende gefunden</translation>
    </message>
    <message>
        <source>expected %1, found &apos;%2&apos;</source>
        <translation>%1 erwartet, &apos;%2&apos; gefunden</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u muss von vier Hexadezimalziffern gefolgt werden</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>control character in a string (write it as an escape)</source>
        <translation>Steuerzeichen in einer Zeichenkette (als Escape-Sequenz schreiben)</translation>
    </message>
    <message>
        <source>invalid escape in a string</source>
        <translation>ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>Zahlen dürfen keine führenden Nullen haben</translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation>Ziffer erwartet</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point</source>
        <translation>Ziffer nach dem Dezimalpunkt erwartet</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>Ziffer im Exponenten erwartet</translation>
    </message>
    <message>
        <source>a key string</source>
        <translation>eine Schlüssel-Zeichenkette</translation>
    </message>
    <message>
        <source>&apos;:&apos;</source>
        <translation>&apos;:&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos;</translation>
    </message>
    <message>
        <source>unexpected content after the end of the JSON value</source>
        <translation>unerwarteter Inhalt nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>Writing load</source>
        <translation>Last wird geschrieben</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false oder null</translation>
    </message>
    <message>
        <source>the top level must be a list of slots, found %1</source>
        <translation>die oberste Ebene muss eine Liste von Slots sein, gefunden: %1</translation>
    </message>
    <message>
        <source>Reading load</source>
        <translation>Last wird gelesen</translation>
    </message>
    <message>
        <source>a slot must be an object with &quot;timestamp&quot; and &quot;endpoint&quot; lists, found %1</source>
        <translation>ein Slot muss ein Objekt mit den Listen &quot;timestamp&quot; und &quot;endpoint&quot; sein, gefunden: %1</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>kommt doppelt vor</translation>
    </message>
    <message>
        <source>the slot has no &quot;%1&quot; list</source>
        <translation>der Slot hat keine Liste &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;timestamp&quot; has %1 entries but &quot;endpoint&quot; has %2</source>
        <translation>&quot;timestamp&quot; hat %1 Einträge, &quot;endpoint&quot; aber %2</translation>
    </message>
    <message>
        <source>expected a list of %1, found %2</source>
        <translation>Liste von %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>integer timestamps</source>
        <translation>ganzzahligen Zeitstempeln</translation>
    </message>
    <message>
        <source>expected an integer timestamp (µs), found %1</source>
        <translation>ganzzahliger Zeitstempel (µs) erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1 is not an integer number of microseconds</source>
        <translation>%1 ist keine ganzzahlige Anzahl Mikrosekunden</translation>
    </message>
    <message>
        <source>%1 comes after %2: timestamps must be ascending</source>
        <translation>%1 folgt auf %2: Zeitstempel müssen aufsteigend sein</translation>
    </message>
    <message>
        <source>endpoint strings</source>
        <translation>Endpunkt-Zeichenketten</translation>
    </message>
    <message>
        <source>expected an endpoint string, found %1</source>
        <translation>Endpunkt-Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>offset %1, warm-up %2 and duration %3 must not be negative</source>
        <translation>Versatz %1, Aufwärmphase %2 und Dauer %3 dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>the trace has %1 slots but offset %2 + warm-up %3 + duration %4 = %5 slots are needed</source>
        <translation>der Trace hat %1 Slots, aber Versatz %2 + Aufwärmphase %3 + Dauer %4 = %5 Slots werden benötigt</translation>
    </message>
    <message>
        <source>function has %1 slots, %2 are needed</source>
        <translation>Funktion hat %1 Slots, %2 werden benötigt</translation>
    </message>
    <message>
        <source>Generating load</source>
        <translation>Last wird erzeugt</translation>
    </message>
    <message>
        <source>no such column for function %1 (mapping at percentile %2 needs it)</source>
        <translation>keine solche Spalte für Funktion %1 (die Zuordnung bei Perzentil %2 benötigt sie)</translation>
    </message>
    <message>
        <source>function %1 has the value %2; expected a number &gt;= 0</source>
        <translation>Funktion %1 hat den Wert %2; erwartet wird eine Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>no such column (mapping at percentile %1 needs it)</source>
        <translation>keine solche Spalte (die Zuordnung bei Perzentil %1 benötigt sie)</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>unique mapping needs at least as many proxies as trace functions (%1 trace functions, %2 proxies): each function was mapped to its nearest proxy instead</source>
        <translation>die Zuordnung unique benötigt mindestens so viele Proxys wie Trace-Funktionen (%1 Trace-Funktionen, %2 Proxys): Jede Funktion wurde stattdessen ihrem nächstgelegenen Proxy zugeordnet</translation>
    </message>
    <message>
        <source>expected an object {&quot;proxy&quot;: name, &quot;error&quot;: distance}, found %1</source>
        <translation>Objekt {&quot;proxy&quot;: Name, &quot;error&quot;: Abstand} erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>erforderlicher Schlüssel fehlt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an object keyed by trace function id, found %1</source>
        <translation>Objekt mit Trace-Funktions-IDs als Schlüsseln erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>no trace function has this id</source>
        <translation>keine Trace-Funktion hat diese ID</translation>
    </message>
    <message>
        <source>unknown proxy &quot;%1&quot; (not in %2)</source>
        <translation>unbekannter Proxy &quot;%1&quot; (nicht in %2)</translation>
    </message>
    <message>
        <source>%1 of %2 trace functions are not in %3; they were mapped to their nearest proxy</source>
        <translation>%1 von %2 Trace-Funktionen sind nicht in %3; sie wurden ihrem nächstgelegenen Proxy zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>after manual overrides, %n trace function(s) share a proxy with another</source>
        <translation>
            <numerusform>nach manuellen Überschreibungen teilt sich %n Trace-Funktion einen Proxy mit einer anderen</numerusform>
            <numerusform>nach manuellen Überschreibungen teilen sich %n Trace-Funktionen einen Proxy mit einer anderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation>Proxys</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>einen aktuellen Trace</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>ein aktuelles Profil</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>eine aktuelle Zuordnung</translation>
    </message>
    <message>
        <source>load</source>
        <translation>eine aktuelle Last</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>eine aktuelle Bereitstellung</translation>
    </message>
    <message>
        <source>run</source>
        <translation>einen aktuellen Lauf</translation>
    </message>
    <message>
        <source>%1 needs a current %2</source>
        <translation>%1 benötigt %2</translation>
    </message>
    <message>
        <source>a run is started through the invoker, not as a task</source>
        <translation>ein Lauf wird über den Invoker gestartet, nicht als Aufgabe</translation>
    </message>
    <message>
        <source>no function is complete in all three trace files</source>
        <translation>keine Funktion ist in allen drei Trace-Dateien vollständig</translation>
    </message>
    <message>
        <source>unknown deployment backend &quot;%1&quot;</source>
        <translation>unbekanntes Bereitstellungs-Backend &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1 is outside [%2, %3]</source>
        <translation>%1 liegt außerhalb von [%2, %3]</translation>
    </message>
    <message>
        <source>written by a newer TraceLoad (format %1; this one reads %2)</source>
        <translation>von einem neueren TraceLoad geschrieben (Format %1; diese Version liest %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;minute&quot; nor &quot;second&quot;</source>
        <translation>&quot;%1&quot; ist weder &quot;minute&quot; noch &quot;second&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;nearest&quot; nor &quot;unique&quot;</source>
        <translation>&quot;%1&quot; ist weder &quot;nearest&quot; noch &quot;unique&quot;</translation>
    </message>
    <message>
        <source>unknown distribution &quot;%1&quot; (use equidistant, uniform or exponential)</source>
        <translation>unbekannte Verteilung &quot;%1&quot; (equidistant, uniform oder exponential verwenden)</translation>
    </message>
    <message>
        <source>unknown backend &quot;%1&quot; (use %2)</source>
        <translation>unbekanntes Backend &quot;%1&quot; (%2 verwenden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;sleep&quot; nor &quot;spin&quot;</source>
        <translation>&quot;%1&quot; ist weder &quot;sleep&quot; noch &quot;spin&quot;</translation>
    </message>
    <message>
        <source>expected a list of commands, found %1</source>
        <translation>Liste von Befehlen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a list of {&quot;yaml-location&quot;, &quot;predeployment-commands&quot;, &quot;postdeployment-commands&quot;} entries, found %1</source>
        <translation>Liste von Einträgen {&quot;yaml-location&quot;, &quot;predeployment-commands&quot;, &quot;postdeployment-commands&quot;} erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the YAML location is empty</source>
        <translation>der YAML-Pfad ist leer</translation>
    </message>
    <message>
        <source>YAML file %1 does not exist</source>
        <translation>YAML-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder, not a YAML file</source>
        <translation>%1 ist ein Ordner, keine YAML-Datei</translation>
    </message>
    <message>
        <source>expected an object keyed by proxy name, found %1</source>
        <translation>Objekt mit Proxy-Namen als Schlüsseln erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>no proxy functions</source>
        <translation>keine Proxy-Funktionen</translation>
    </message>
    <message>
        <source>proxy name &quot;%1&quot; is already used by entry &quot;%2&quot;</source>
        <translation>Proxy-Name &quot;%1&quot; wird bereits von Eintrag &quot;%2&quot; verwendet</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>expected an object of &quot;N-percentile&quot; values, found %1</source>
        <translation>Objekt mit &quot;N-percentile&quot;-Werten erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a key &quot;N-percentile&quot; with N from 0 to 100</source>
        <translation>Schlüssel &quot;N-percentile&quot; mit N von 0 bis 100 erwartet</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>percentile %1 is outside 0..100</source>
        <translation>Perzentil %1 liegt außerhalb von 0..100</translation>
    </message>
    <message>
        <source>missing (mapping at percentile %1 needs it)</source>
        <translation>fehlt (die Zuordnung bei Perzentil %1 benötigt den Wert)</translation>
    </message>
    <message>
        <source>must be a number &gt; 0, found %1</source>
        <translation>muss eine Zahl &gt; 0 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>not a number: &apos;%1&apos;</source>
        <translation>keine Zahl: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing column</source>
        <translation>fehlende Spalte</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (expected ok, error, timeout or not_sent)</source>
        <translation>unbekannter Status &apos;%1&apos; (erwartet: ok, error, timeout oder not_sent)</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>fehlender Wert</translation>
    </message>
    <message>
        <source>missing value for an ok call</source>
        <translation>fehlender Wert für einen ok-Aufruf</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object, ignored</source>
        <translation>%1: kein JSON-Objekt, ignoriert</translation>
    </message>
    <message>
        <source>file not found (not a run folder?)</source>
        <translation>Datei nicht gefunden (kein Lauf-Ordner?)</translation>
    </message>
    <message>
        <source>empty file (no header)</source>
        <translation>leere Datei (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>Reading the run</source>
        <translation>Lauf wird gelesen</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>expected metric.stat&lt;value, e.g. latency.p99&lt;500ms or errors.rate&lt;0.01</source>
        <translation>metric.stat&lt;Wert erwartet, z. B. latency.p99&lt;500ms oder errors.rate&lt;0.01</translation>
    </message>
    <message>
        <source>unknown statistic &apos;%1&apos; (use p50, p90, p99, p999, max or mean)</source>
        <translation>unbekannte Statistik &apos;%1&apos; (p50, p90, p99, p999, max oder mean verwenden)</translation>
    </message>
    <message>
        <source>a time needs the unit us, ms or s</source>
        <translation>eine Zeit braucht die Einheit us, ms oder s</translation>
    </message>
    <message>
        <source>unknown statistic &apos;%1&apos; (use rate or count)</source>
        <translation>unbekannte Statistik &apos;%1&apos; (rate oder count verwenden)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no time unit</source>
        <translation>&apos;%1&apos; erlaubt keine Zeiteinheit</translation>
    </message>
    <message>
        <source>only a rate can be a percentage</source>
        <translation>nur eine Rate kann ein Prozentwert sein</translation>
    </message>
    <message>
        <source>unknown statistic &apos;%1&apos; (use achieved, ok or target)</source>
        <translation>unbekannte Statistik &apos;%1&apos; (achieved, ok oder target verwenden)</translation>
    </message>
    <message>
        <source>a rate is in calls per second, without a unit</source>
        <translation>eine Rate wird in Aufrufen pro Sekunde angegeben, ohne Einheit</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos; (use latency, response, lateness, errors, timeouts, not_sent, cold_starts or rate)</source>
        <translation>unbekannte Metrik &apos;%1&apos; (latency, response, lateness, errors, timeouts, not_sent, cold_starts oder rate verwenden)</translation>
    </message>
    <message>
        <source>no percentile columns (%1N with N from 0 to 100)</source>
        <translation>keine Perzentil-Spalten (%1N mit N von 0 bis 100)</translation>
    </message>
    <message>
        <source>duplicate application %1 (first on line %2)</source>
        <translation>doppelte Anwendung %1 (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>duplicate function id %1 (first on line %2)</source>
        <translation>doppelte Funktions-ID %1 (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>file is empty (no header line)</source>
        <translation>Datei ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>column appears more than once (columns %1 and %2)</source>
        <translation>Spalte kommt mehrfach vor (Spalten %1 und %2)</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>erforderliche Spalte fehlt</translation>
    </message>
    <message>
        <source>Reading trace</source>
        <translation>Trace wird gelesen</translation>
    </message>
    <message>
        <source>no data rows after the header</source>
        <translation>keine Datenzeilen nach der Kopfzeile</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1 (row on line %2 skipped)</source>
        <translation>%1 (Zeile %2 übersprungen)</translation>
    </message>
    <message>
        <source>no usable row in %1</source>
        <translation>keine verwendbare Zeile in %1</translation>
    </message>
    <message>
        <source>in %1 but not in %2</source>
        <translation>in %1, aber nicht in %2</translation>
    </message>
    <message>
        <source>no slot columns (columns headed by an integer, e.g. 1 to 1440)</source>
        <translation>keine Slot-Spalten (Spalten mit einer ganzen Zahl als Überschrift, z. B. 1 bis 1440)</translation>
    </message>
    <message>
        <source>first slot %1 is negative</source>
        <translation>erster Slot %1 ist negativ</translation>
    </message>
    <message>
        <source>first slot %1 is beyond the end of the trace, which has %2 slots</source>
        <translation>erster Slot %1 liegt hinter dem Ende des Traces, der %2 Slots hat</translation>
    </message>
    <message>
        <source>trace folder does not exist</source>
        <translation>Trace-Ordner existiert nicht</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <source>no function is usable: %1 rows skipped, %2 functions not in all three files; first: %3</source>
        <translation>keine Funktion verwendbar: %1 Zeilen übersprungen, %2 Funktionen nicht in allen drei Dateien; erste: %3</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>leerer Wert</translation>
    </message>
    <message>
        <source>not a finite number: &apos;%1&apos;</source>
        <translation>keine endliche Zahl: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>negative value: &apos;%1&apos;</source>
        <translation>negativer Wert: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a whole number: &apos;%1&apos;</source>
        <translation>keine ganze Zahl: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>value too large: &apos;%1&apos;</source>
        <translation>Wert zu groß: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Memory (MB)</source>
        <translation>Speicher (MB)</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>%1 %2 · %3 percentile</source>
        <translation>%1 %2 · %3 Perzentil</translation>
    </message>
    <message>
        <source> · %1 without this percentile</source>
        <translation> · %1 ohne dieses Perzentil</translation>
    </message>
    <message>
        <source> · %1 zeros counted as 0.01</source>
        <translation> · %1 Nullen als 0,01 gezählt</translation>
    </message>
    <message>
        <source> · %1 unusable values left out</source>
        <translation> · %1 unbrauchbare Werte ausgelassen</translation>
    </message>
    <message>
        <source>trace functions</source>
        <translation>Trace-Funktionen</translation>
    </message>
    <message>
        <source>Memory utilization distribution of proxy functions</source>
        <translation>Verteilung der Speicherauslastung der Proxy-Funktionen</translation>
    </message>
    <message>
        <source>proxy functions</source>
        <translation>Proxy-Funktionen</translation>
    </message>
    <message>
        <source>CPU utilization distribution of proxy functions</source>
        <translation>Verteilung der CPU-Auslastung der Proxy-Funktionen</translation>
    </message>
    <message>
        <source>CPU utilization (as profiled by vSwarm)</source>
        <translation>CPU-Auslastung (laut vSwarm-Profil)</translation>
    </message>
    <message>
        <source>Duration distribution of proxy functions</source>
        <translation>Verteilung der Dauer der Proxy-Funktionen</translation>
    </message>
    <message>
        <source>Memory utilization distribution of trace functions</source>
        <translation>Verteilung der Speicherauslastung der Trace-Funktionen</translation>
    </message>
    <message>
        <source>bins with proxy functions</source>
        <translation>Klassen mit Proxy-Funktionen</translation>
    </message>
    <message>
        <source>Duration distribution of trace functions</source>
        <translation>Verteilung der Dauer der Trace-Funktionen</translation>
    </message>
    <message>
        <source>Function profiles</source>
        <translation>Funktionsprofile</translation>
    </message>
    <message>
        <source>Memory (MB, log scale)</source>
        <translation>Speicher (MB, log. Skala)</translation>
    </message>
    <message>
        <source>Duration (ms, log scale)</source>
        <translation>Dauer (ms, log. Skala)</translation>
    </message>
    <message>
        <source>Trace functions (%1)</source>
        <translation>Trace-Funktionen (%1)</translation>
    </message>
    <message>
        <source>Proxy functions (%1)</source>
        <translation>Proxy-Funktionen (%1)</translation>
    </message>
    <message>
        <source>%1 percentile of memory and duration; zeros drawn at 0.01</source>
        <translation>%1 Perzentil von Speicher und Dauer; Nullen bei 0,01 gezeichnet</translation>
    </message>
    <message>
        <source>Mapping error</source>
        <translation>Zuordnungsfehler</translation>
    </message>
    <message>
        <source>Trace functions and the proxies they are mapped to</source>
        <translation>Trace-Funktionen und die ihnen zugeordneten Proxys</translation>
    </message>
    <message>
        <source>%1 percentile; a line joins each trace function to its proxy</source>
        <translation>%1 Perzentil; eine Linie verbindet jede Trace-Funktion mit ihrem Proxy</translation>
    </message>
    <message>
        <source>Invocations per slot</source>
        <translation>Aufrufe pro Slot</translation>
    </message>
    <message>
        <source>Time since the run started (s)</source>
        <translation>Zeit seit Beginn des Laufs (s)</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>per %1 s</source>
        <translation>pro %1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>Aufwärmphase</translation>
    </message>
    <message>
        <source>Latency distribution (measured phase)</source>
        <translation>Latenzverteilung (Messphase)</translation>
    </message>
    <message>
        <source>Latency (ms, log scale)</source>
        <translation>Latenz (ms, log. Skala)</translation>
    </message>
    <message>
        <source>Fraction of ok calls</source>
        <translation>Anteil der ok-Aufrufe</translation>
    </message>
    <message>
        <source>%1 (p50 %2, p99 %3)</source>
        <translation>%1 (p50 %2, p99 %3)</translation>
    </message>
    <message>
        <source>service time: send → reply</source>
        <translation>Bedienzeit: Senden → Antwort</translation>
    </message>
    <message>
        <source>response time: schedule → reply</source>
        <translation>Antwortzeit: geplant → Antwort</translation>
    </message>
    <message>
        <source>%1 ok calls of %2 scheduled</source>
        <translation>%1 ok-Aufrufe von %2 geplanten</translation>
    </message>
    <message>
        <source>Latency over time (service time of ok calls)</source>
        <translation>Latenz über die Zeit (Bedienzeit der ok-Aufrufe)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>%1, by send time</source>
        <translation>%1, nach Sendezeit</translation>
    </message>
    <message>
        <source>Issued vs completed calls</source>
        <translation>Gesendete vs. abgeschlossene Aufrufe</translation>
    </message>
    <message>
        <source>Calls per second</source>
        <translation>Aufrufe pro Sekunde</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>completed ok</source>
        <translation>ok abgeschlossen</translation>
    </message>
    <message>
        <source>errors + timeouts</source>
        <translation>Fehler + Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>scheduled %1 · ok %2 · errors %3 · timeouts %4 · not sent %5</source>
        <translation>geplant %1 · ok %2 · Fehler %3 · Zeitüberschreitungen %4 · nicht gesendet %5</translation>
    </message>
    <message>
        <source>Lateness over time (send − schedule)</source>
        <translation>Verspätung über die Zeit (Senden − geplant)</translation>
    </message>
    <message>
        <source>Lateness (ms, log scale)</source>
        <translation>Verspätung (ms, log. Skala)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>%1, by schedule time; below 1 µs drawn at 1 µs</source>
        <translation>%1, nach geplanter Zeit; unter 1 µs bei 1 µs gezeichnet</translation>
    </message>
    <message>
        <source>Cold starts over time</source>
        <translation>Kaltstarts über die Zeit</translation>
    </message>
    <message>
        <source>Cold starts per second</source>
        <translation>Kaltstarts pro Sekunde</translation>
    </message>
    <message>
        <source>Cold starts per %1 s</source>
        <translation>Kaltstarts pro %1 s</translation>
    </message>
    <message>
        <source>cold replies</source>
        <translation>kalte Antworten</translation>
    </message>
    <message>
        <source>%1 cold starts among %2 replies</source>
        <translation>%1 Kaltstarts unter %2 Antworten</translation>
    </message>
    <message>
        <source>Owner: %1
App: %2
Function: %3</source>
        <translation>Besitzer: %1
Anwendung: %2
Funktion: %3</translation>
    </message>
    <message>
        <source>none (no pre- or post-deployment commands)</source>
        <translation>keine (keine Befehle vor oder nach der Bereitstellung)</translation>
    </message>
    <message>
        <source>bundled (%1)</source>
        <translation>mitgeliefert (%1)</translation>
    </message>
    <message>
        <source>the bundled 250-function vSwarm sample</source>
        <translation>das mitgelieferte vSwarm-Beispiel mit 250 Funktionen</translation>
    </message>
    <message>
        <source>flag -b/--build: the build folder&apos;s name must not be empty</source>
        <translation>Option -b/--build: Der Name des Build-Ordners darf nicht leer sein</translation>
    </message>
    <message>
        <source>cancelled and killed</source>
        <translation>abgebrochen, Prozess wurde beendet</translation>
    </message>
    <message>
        <source>%1 → exit 0 (%2 s)</source>
        <translation>%1 → Exit-Code 0 (%2 s)</translation>
    </message>
    <message>
        <source>%1 → failed: %2 (%3 s)</source>
        <translation>%1 → fehlgeschlagen: %2 (%3 s)</translation>
    </message>
    <message>
        <source>The bundled config&apos;s YAMLs are copied to %1 first; its commands run there.</source>
        <translation>Die YAMLs der mitgelieferten Konfiguration werden zuerst nach %1 kopiert; ihre Befehle laufen dort.</translation>
    </message>
    <message>
        <source>%1 service YAMLs are written to %2.</source>
        <translation>%1 Dienst-YAMLs werden nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>deletes every Knative service of the namespace (delete existing)</source>
        <translation>löscht jeden Knative-Dienst des Namespace (vorhandene löschen)</translation>
    </message>
    <message>
        <source>every %1 ms until no service is listed</source>
        <translation>alle %1 ms, bis kein Dienst mehr aufgeführt ist</translation>
    </message>
    <message>
        <source>pre-deployment command</source>
        <translation>Befehl vor der Bereitstellung</translation>
    </message>
    <message>
        <source>deploys the service</source>
        <translation>stellt den Dienst bereit</translation>
    </message>
    <message>
        <source>post-deployment command</source>
        <translation>Befehl nach der Bereitstellung</translation>
    </message>
    <message>
        <source>every %1 ms until every service is Ready (at most %2 s)</source>
        <translation>alle %1 ms, bis jeder Dienst Ready ist (höchstens %2 s)</translation>
    </message>
    <message>
        <source>First the %1 deployment recorded in %2 (%3 services) is torn down.</source>
        <translation>Zuerst wird die in %2 aufgezeichnete %1-Bereitstellung (%3 Dienste) abgebaut.</translation>
    </message>
    <message>
        <source>started in the background; emulates all %1 services until teardown</source>
        <translation>im Hintergrund gestartet; emuliert alle %1 Dienste bis zum Abbau</translation>
    </message>
    <message>
        <source>A dry run names %1 endpoints and starts nothing.</source>
        <translation>Ein Probelauf benennt %1 Endpunkte und startet nichts.</translation>
    </message>
    <message>
        <source>not Ready after %1 s (--ready-timeout)%2</source>
        <translation>nach %1 s nicht Ready (--ready-timeout)%2</translation>
    </message>
    <message>
        <source>%1 → failed: %2</source>
        <translation>%1 → fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Debug output: %1 (default false; -dbg, -dbg true and -dbg=false all work).</source>
        <translation>Debug-Ausgabe: %1 (Standard: false; -dbg, -dbg true und -dbg=false funktionieren alle).</translation>
    </message>
    <message>
        <source>What rps_&lt;latf&gt; lists: ok (the measured phase&apos;s ok calls, default) or all (every completed measured call, failed ones too, as the seed does).</source>
        <translation>Was rps_&lt;latf&gt; auflistet: ok (die ok-Aufrufe der Messphase, Standard) oder all (jeder abgeschlossene gemessene Aufruf, auch fehlgeschlagene, wie es die Vorlage tut).</translation>
    </message>
    <message>
        <source>flag --latf-calls: &apos;%1&apos; is neither ok nor all</source>
        <translation>Option --latf-calls: &apos;%1&apos; ist weder ok noch all</translation>
    </message>
    <message>
        <source>list every deployed service, not only the first five</source>
        <translation>jeden bereitgestellten Dienst auflisten, nicht nur die ersten fünf</translation>
    </message>
    <message>
        <source>Folder for the generated files, the deployment log and record (default %1; a CMake build folder is refused).</source>
        <translation>Ordner für die erzeugten Dateien, das Bereitstellungsprotokoll und die Aufzeichnung (Standard: %1; ein CMake-Build-Ordner wird abgelehnt).</translation>
    </message>
    <message>
        <source>local: seconds without calls after which the emulator exits (default 1800; 0 = never).</source>
        <translation>local: Sekunden ohne Aufrufe, nach denen sich der Emulator beendet (Standard: 1800; 0 = nie).</translation>
    </message>
    <message>
        <source>Stop the emulators this user started whose build folder is gone (or no longer records them); without -b nothing else is torn down.</source>
        <translation>Die von diesem Benutzer gestarteten Emulatoren anhalten, deren Build-Ordner nicht mehr existiert (oder sie nicht mehr aufzeichnet); ohne -b wird sonst nichts abgebaut.</translation>
    </message>
    <message>
        <source>The traceload-function program whose orphans to look for (default: next to traceload).</source>
        <translation>Das traceload-function-Programm, nach dessen verwaisten Prozessen gesucht wird (Standard: neben traceload).</translation>
    </message>
    <message>
        <source>The load to replay (default load.json, else invoker/load.json, where loadgen writes it).</source>
        <translation>Die abzuspielende Last (Standard: load.json, sonst invoker/load.json, wohin loadgen sie schreibt).</translation>
    </message>
    <message>
        <source>options, dial targets and overall percentiles</source>
        <translation>Optionen, Verbindungsziele und Gesamt-Perzentile</translation>
    </message>
    <message>
        <source>The seed&apos;s tracing switch: accepted, not supported yet (a warning says so).</source>
        <translation>Der Tracing-Schalter der Vorlage: wird akzeptiert, aber noch nicht unterstützt (eine Warnung weist darauf hin).</translation>
    </message>
    <message>
        <source>The seed&apos;s Zipkin URL: accepted, not supported yet.</source>
        <translation>Die Zipkin-URL der Vorlage: wird akzeptiert, aber noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Build folder whose deployment record (deployment.json) says where to connect when --connect-to is not given (default: %1 in the working directory, next to the load or above it).</source>
        <translation>Build-Ordner, dessen Bereitstellungsaufzeichnung (deployment.json) angibt, wohin verbunden wird, wenn --connect-to nicht angegeben ist (Standard: %1 im Arbeitsverzeichnis, neben der Last oder darüber).</translation>
    </message>
    <message>
        <source>With a speed-up on the local backend, shorten the emulated execution times by the same factor (default true).</source>
        <translation>Bei einer Beschleunigung auf dem local-Backend die emulierten Ausführungszeiten um denselben Faktor verkürzen (Standard: true).</translation>
    </message>
    <message>
        <source>Busy-wait this long before each send (default 0).</source>
        <translation>So lange vor jedem Senden aktiv warten (Standard: 0).</translation>
    </message>
    <message>
        <source>A call that could only be sent more than this many seconds after its time is not sent (not_sent, reason late) (default 1; 0 = never).</source>
        <translation>Ein Aufruf, der erst mehr als so viele Sekunden nach seinem Zeitpunkt gesendet werden könnte, wird nicht gesendet (not_sent, Grund late) (Standard: 1; 0 = nie).</translation>
    </message>
    <message>
        <source>warning: %1 names endpoints of a local deployment (*.local), but no deployment record serving them was found in %2: dialled by name they will not resolve (give -b BUILD_FOLDER or --connect-to HOST:PORT)
</source>
        <translation>Warnung: %1 nennt Endpunkte einer lokalen Bereitstellung (*.local), aber in %2 wurde keine Bereitstellungsaufzeichnung gefunden, die sie bedient: Über ihren Namen angewählt, lassen sie sich nicht auflösen (-b BUILD_FOLDER oder --connect-to HOST:PORT angeben)
</translation>
    </message>
    <message>
        <source>warning: the emulator recorded there (pid %1) is not running any more (it exits after --exit-after-idle seconds without calls): deploy again
</source>
        <translation>Warnung: der dort aufgezeichnete Emulator (PID %1) läuft nicht mehr (er beendet sich nach --exit-after-idle Sekunden ohne Aufrufe): erneut bereitstellen
</translation>
    </message>
    <message>
        <source>warning: -trace/-zipkin: tracing is not supported yet; the run goes on without it
</source>
        <translation>Warnung: -trace/-zipkin: Tracing wird noch nicht unterstützt; der Lauf wird ohne fortgesetzt
</translation>
    </message>
    <message>
        <source>[%1 s] slot %2/%3  issued %4/%5  completed %6  errors %7  timeouts %8  in flight %9  late %10</source>
        <translation>[%1 s] Slot %2/%3  gesendet %4/%5  abgeschlossen %6  Fehler %7  Zeitüberschreitungen %8  unterwegs %9  verspätet %10</translation>
    </message>
    <message>
        <source>failed calls by gRPC code (all phases):
</source>
        <translation>fehlgeschlagene Aufrufe nach gRPC-Code (alle Phasen):
</translation>
    </message>
    <message>
        <source>  %1 %2 (measured %3)  e.g. %4
</source>
        <translation>  %1 %2 (gemessen %3)  z. B. %4
</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>warning: the results could not be written where asked (%1); they are in %2 instead
</source>
        <translation>Warnung: die Ergebnisse konnten nicht am gewünschten Ort geschrieben werden (%1); sie liegen stattdessen in %2
</translation>
    </message>
    <message>
        <source>Issued / completed calls: %1, %2 of %3 scheduled (error %4, timeout %5, not sent %6; measured: scheduled %7, ok %8)
</source>
        <translation>Gesendete / abgeschlossene Aufrufe: %1, %2 von %3 geplanten (Fehler %4, Zeitüberschreitung %5, nicht gesendet %6; gemessen: geplant %7, ok %8)
</translation>
    </message>
    <message>
        <source>cold starts: %1 (measured %2)
</source>
        <translation>Kaltstarts: %1 (gemessen %2)
</translation>
    </message>
    <message>
        <source>cold starts: unknown (the endpoints do not report them)
</source>
        <translation>Kaltstarts: unbekannt (die Endpunkte melden sie nicht)
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>error: not one of the %1 scheduled calls succeeded (the reasons are above); exit code %2
</source>
        <translation>Fehler: keiner der %1 geplanten Aufrufe war erfolgreich (die Gründe stehen oben); Exit-Code %2
</translation>
    </message>
    <message>
        <source>also list every skipped trace row</source>
        <translation>auch jede übersprungene Trace-Zeile auflisten</translation>
    </message>
    <message>
        <source>           day %1 of the release
</source>
        <translation>           Tag %1 der Veröffentlichung
</translation>
    </message>
    <message>
        <source>           memory is per application (--app-memory split): each function has its app&apos;s memory divided by the app&apos;s functions
</source>
        <translation>           Speicher gilt pro Anwendung (--app-memory split): Jede Funktion erhält den Speicher ihrer Anwendung geteilt durch die Zahl der Funktionen der Anwendung
</translation>
    </message>
    <message>
        <source>           memory is per application (--app-memory copy): each function has its app&apos;s memory
</source>
        <translation>           Speicher gilt pro Anwendung (--app-memory copy): Jede Funktion erhält den Speicher ihrer Anwendung
</translation>
    </message>
    <message>
        <source>duration median %1 %, memory median %2 %, %3 % of functions within 25 % on both</source>
        <translation>Dauer Median %1 %, Speicher Median %2 %, %3 % der Funktionen bei beiden innerhalb von 25 %</translation>
    </message>
    <message>
        <source>           relative error of the proxies: %1
</source>
        <translation>           relativer Fehler der Proxys: %1
</translation>
    </message>
    <message>
        <source>Fallback   %1 functions off by more than %2 % get a trace function; then: %3
</source>
        <translation>Ersatz     %1 Funktionen mit mehr als %2 % Abweichung erhalten eine Trace-Funktion; dann: %3
</translation>
    </message>
    <message>
        <source>Warm-up slots at the start of --load, shaded in its chart (default 2, as loadgen and invoke).</source>
        <translation>Aufwärm-Slots zu Beginn von --load, in dessen Diagramm schattiert (Standard: 2, wie bei loadgen und invoke).</translation>
    </message>
    <message>
        <source>list every skipped trace row, not only the first</source>
        <translation>jede übersprungene Trace-Zeile auflisten, nicht nur die erste</translation>
    </message>
    <message>
        <source>warning: %1 malformed trace rows skipped (first: %2)
</source>
        <translation>Warnung: %1 fehlerhafte Trace-Zeilen übersprungen (erste: %2)
</translation>
    </message>
    <message>
        <source>warning: skipped %1
</source>
        <translation>Warnung: %1 übersprungen
</translation>
    </message>
    <message>
        <source>Results folder (default runs/&lt;date&gt;-&lt;time&gt;); one holding an earlier run is refused unless --force.</source>
        <translation>Ergebnisordner (Standard: runs/&lt;Datum&gt;-&lt;Uhrzeit&gt;); ein Ordner mit einem früheren Lauf wird ohne --force abgelehnt.</translation>
    </message>
    <message>
        <source>Replace an earlier run in --out-dir.</source>
        <translation>Einen früheren Lauf in --out-dir ersetzen.</translation>
    </message>
    <message>
        <source>Replay this many times faster, or auto: fit the replay into about a minute (default 1, for every input).</source>
        <translation>So viel schneller abspielen, oder auto: das Abspielen auf etwa eine Minute anpassen (Standard: 1, für jede Eingabe).</translation>
    </message>
    <message>
        <source>options, dial targets and overall percentiles while invoking</source>
        <translation>Optionen, Verbindungsziele und Gesamt-Perzentile während des Aufrufens</translation>
    </message>
    <message>
        <source>holds an earlier run (%1): choose another folder, or --force to replace it</source>
        <translation>enthält einen früheren Lauf (%1): einen anderen Ordner wählen oder --force zum Ersetzen</translation>
    </message>
    <message>
        <source>           --speedup auto fits the replay into about a minute; --speedup 1 replays in real time
</source>
        <translation>           --speedup auto passt das Abspielen auf etwa eine Minute an; --speedup 1 spielt in Echtzeit ab
</translation>
    </message>
    <message>
        <source>           emulated execution times are %1x shorter too (--scale-execution false keeps them)
</source>
        <translation>           emulierte Ausführungszeiten sind ebenfalls %1x kürzer (--scale-execution false behält sie bei)
</translation>
    </message>
    <message>
        <source>Trace folder (pre-cut files, or the Azure release&apos;s layout with --day), or an http(s) URL of the release archive.</source>
        <translation>Trace-Ordner (vorgeschnittene Dateien oder das Layout der Azure-Veröffentlichung mit --day) oder eine http(s)-URL des Veröffentlichungsarchivs.</translation>
    </message>
    <message>
        <source>Functions in the sample.</source>
        <translation>Funktionen in der Stichprobe.</translation>
    </message>
    <message>
        <source>Sweep: smallest sample.</source>
        <translation>Reihe: kleinste Stichprobe.</translation>
    </message>
    <message>
        <source>Sweep: largest sample (included).</source>
        <translation>Reihe: größte Stichprobe (eingeschlossen).</translation>
    </message>
    <message>
        <source>Sweep: step between sizes.</source>
        <translation>Reihe: Schrittweite zwischen den Größen.</translation>
    </message>
    <message>
        <source>Uniform random draws per size that the sample is compared with (default 16).</source>
        <translation>Gleichverteilte Zufallsziehungen je Größe, mit denen die Stichprobe verglichen wird (Standard: 16).</translation>
    </message>
    <message>
        <source>The same seed gives the same sample (default 42).</source>
        <translation>Derselbe Seed ergibt dieselbe Stichprobe (Standard: 42).</translation>
    </message>
    <message>
        <source>Rounds of swap improvement after the stratified start (default 4).</source>
        <translation>Runden der Verbesserung durch Tauschen nach dem geschichteten Start (Standard: 4).</translation>
    </message>
    <message>
        <source>Output folder: the sample&apos;s trace files and sample.json; a sweep writes one folder per size inside it.</source>
        <translation>Ausgabeordner: die Trace-Dateien der Stichprobe und sample.json; eine Reihe schreibt darin einen Ordner je Größe.</translation>
    </message>
    <message>
        <source>give either -functions N or a sweep -min -max -step</source>
        <translation>entweder -functions N oder eine Reihe -min -max -step angeben</translation>
    </message>
    <message>
        <source>flag -%1: a sweep needs -min, -max and -step</source>
        <translation>Option -%1: eine Reihe benötigt -min, -max und -step</translation>
    </message>
    <message>
        <source>flag -o/--output: the output folder is required</source>
        <translation>Option -o/--output: der Ausgabeordner ist erforderlich</translation>
    </message>
    <message>
        <source>%1 (invocations %2, resources %3)</source>
        <translation>%1 (Aufrufe %2, Ressourcen %3)</translation>
    </message>
    <message>
        <source>flag -%1: %2 functions asked for, but the trace has %3</source>
        <translation>Option -%1: %2 Funktionen angefordert, aber der Trace hat %3</translation>
    </message>
    <message>
        <source>Trace   %1: %2 functions, %3 slots, %4 invocations
</source>
        <translation>Trace      %1: %2 Funktionen, %3 Slots, %4 Aufrufe
</translation>
    </message>
    <message>
        <source>Sample  %1 functions -&gt; %2
</source>
        <translation>Stichprobe %1 Funktionen -&gt; %2
</translation>
    </message>
    <message>
        <source>  distance            %1
</source>
        <translation>  Abstand             %1
</translation>
    </message>
    <message>
        <source>  best of %1 random   %2
</source>
        <translation>  beste von %1 zufälligen %2
</translation>
    </message>
    <message>
        <source>  median of random    %1
</source>
        <translation>  Median der zufälligen %1
</translation>
    </message>
    <message>
        <source>  invocations scaled up: %1 % of the trace&apos;s
</source>
        <translation>  Aufrufe hochskaliert: %1 % derer des Traces
</translation>
    </message>
    <message>
        <source>Chooses N functions of a trace whose per-minute invocation and resource distributions are closest to the whole trace&apos;s (Wasserstein distance per minute, the invitro sampler&apos;s criterion) and writes them as a trace folder. Deterministic by seed; the samples of a sweep are nested.</source>
        <translation>Wählt N Funktionen eines Traces, deren Verteilungen von Aufrufen und Ressourcen pro Minute denen des gesamten Traces am nächsten kommen (Wasserstein-Abstand pro Minute, das Kriterium des invitro-Samplers), und schreibt sie als Trace-Ordner. Deterministisch je Seed; die Stichproben einer Reihe sind ineinander enthalten.</translation>
    </message>
    <message>
        <source>its build folder %1 is gone</source>
        <translation>sein Build-Ordner %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>no record in %1 names it</source>
        <translation>keine Aufzeichnung in %1 nennt ihn</translation>
    </message>
    <message>
        <source>orphaned emulator: pid %1 (%2)
</source>
        <translation>verwaister Emulator: PID %1 (%2)
</translation>
    </message>
    <message>
        <source>stopped the orphaned emulator pid %1 (%2)
</source>
        <translation>verwaisten Emulator PID %1 angehalten (%2)
</translation>
    </message>
    <message>
        <source>could not stop the orphaned emulator pid %1 (%2)
</source>
        <translation>verwaister Emulator PID %1 konnte nicht angehalten werden (%2)
</translation>
    </message>
    <message>
        <source>stop them with: traceload --batch teardown --orphans
</source>
        <translation>anhalten mit: traceload --batch teardown --orphans
</translation>
    </message>
    <message>
        <source>Removes what `traceload --batch deploy` recorded in the build folder: its Knative services or its local emulator, the files it generated (logs are kept) and the record. Emulators whose build folder is gone are listed; --orphans stops them.</source>
        <translation>Entfernt, was `traceload --batch deploy` im Build-Ordner aufgezeichnet hat: seine Knative-Dienste oder seinen lokalen Emulator, die erzeugten Dateien (Protokolle bleiben erhalten) und die Aufzeichnung. Emulatoren, deren Build-Ordner nicht mehr existiert, werden aufgelistet; --orphans hält sie an.</translation>
    </message>
    <message>
        <source>Day (1-14) of a trace folder in the Azure release&apos;s layout (invocations_per_function_md.anon.dNN.csv, ...); needed when it holds several.</source>
        <translation>Tag (1-14) eines Trace-Ordners im Layout der Azure-Veröffentlichung (invocations_per_function_md.anon.dNN.csv, ...); nötig, wenn er mehrere enthält.</translation>
    </message>
    <message>
        <source>How the release&apos;s per-application memory becomes a function&apos;s: split (divided evenly among the app&apos;s functions, as invitro does; default) or copy.</source>
        <translation>Wie der Speicher pro Anwendung aus der Veröffentlichung zu dem einer Funktion wird: split (gleichmäßig auf die Funktionen der Anwendung aufgeteilt, wie bei invitro; Standard) oder copy.</translation>
    </message>
    <message>
        <source>Where -t URL keeps downloads and extractions for later runs (default: the user&apos;s cache folder).</source>
        <translation>Wo -t URL Downloads und entpackte Dateien für spätere Läufe aufbewahrt (Standard: der Cache-Ordner des Benutzers).</translation>
    </message>
    <message>
        <source>Expected SHA-256 (hex) of the -t URL archive.</source>
        <translation>Erwarteter SHA-256 (hex) des -t-URL-Archivs.</translation>
    </message>
    <message>
        <source>Expected size in bytes of the -t URL archive.</source>
        <translation>Erwartete Größe in Bytes des -t-URL-Archivs.</translation>
    </message>
    <message>
        <source>Trace folder with invocations.csv, durations.csv, memory.csv or the Azure release&apos;s day files, or an http(s) URL of the release archive (downloaded once into the cache; default: the bundled 250-function sample).</source>
        <translation>Trace-Ordner mit invocations.csv, durations.csv, memory.csv oder den Tagesdateien der Azure-Veröffentlichung, oder eine http(s)-URL des Veröffentlichungsarchivs (einmalig in den Cache heruntergeladen; Standard: das mitgelieferte Beispiel mit 250 Funktionen).</translation>
    </message>
    <message>
        <source>Give a function a trace function (runs the requested time, touches the requested memory) when its proxy is off by more than this fraction in duration or memory, e.g. 0.4 (default: never).</source>
        <translation>Einer Funktion eine Trace-Funktion geben (läuft die angeforderte Zeit, belegt den angeforderten Speicher), wenn ihr Proxy in Dauer oder Speicher um mehr als diesen Anteil abweicht, z. B. 0.4 (Standard: nie).</translation>
    </message>
    <message>
        <source>flag -app-memory: &quot;%1&quot; is neither split nor copy</source>
        <translation>Option -app-memory: &quot;%1&quot; ist weder split noch copy</translation>
    </message>
    <message>
        <source>flag -day: %2 holds no day %1 (no day of the release at all)</source>
        <translation>Option -day: %2 enthält keinen Tag %1 (überhaupt keinen Tag der Veröffentlichung)</translation>
    </message>
    <message>
        <source>flag -day: %2 holds no day %1; it holds days %3</source>
        <translation>Option -day: %2 enthält keinen Tag %1; es enthält die Tage %3</translation>
    </message>
    <message>
        <source>flag -fallback-tolerance: &apos;%1&apos; is not a number above 0</source>
        <translation>Option -fallback-tolerance: &apos;%1&apos; ist keine Zahl größer als 0</translation>
    </message>
    <message>
        <source>Emulates serverless proxy functions: a gRPC helloworld.Greeter/SayHello server
whose calls take the execution time (and memory) drawn from each service&apos;s
percentiles. The call&apos;s :authority (port stripped) selects the service.

Services file: a JSON object keyed by service name, each value
  {&quot;duration&quot;: {&quot;0-percentile&quot;: ms, ..., &quot;100-percentile&quot;: ms},
   &quot;memory&quot;: {&quot;0-percentile&quot;: MB, ...}}   (a profile.json entry is valid)
or {&quot;duration_ms&quot;: 0.5, &quot;memory_mb&quot;: 0} (fixed values win over percentiles).
Each call draws a quantile uniformly, then a value uniformly between the two
given percentiles around it (as invitro does).

Reply: {&quot;service&quot;:..,&quot;exec_us&quot;:..,&quot;instance&quot;:..,&quot;cold&quot;:..}. Prints
&apos;listening on HOST:PORT&apos; once started; SIGINT/SIGTERM, or --exit-after-idle
seconds without calls, shut it down gracefully (calls in flight get 10 s) and
write the arrivals file. Exit codes: 0 ok,
2 bad flags or services file, 1 internal error.</source>
        <translation>Emuliert Serverless-Proxy-Funktionen: ein gRPC-Server helloworld.Greeter/SayHello,
dessen Aufrufe die Ausführungszeit (und den Speicher) brauchen, die aus den Perzentilen
des jeweiligen Dienstes gezogen werden. Die :authority des Aufrufs (ohne Port) wählt den Dienst.

Dienstdatei: ein JSON-Objekt mit Dienstnamen als Schlüsseln, jeder Wert
  {&quot;duration&quot;: {&quot;0-percentile&quot;: ms, ..., &quot;100-percentile&quot;: ms},
   &quot;memory&quot;: {&quot;0-percentile&quot;: MB, ...}}   (ein Eintrag aus profile.json ist gültig)
oder {&quot;duration_ms&quot;: 0.5, &quot;memory_mb&quot;: 0} (feste Werte haben Vorrang vor Perzentilen).
Jeder Aufruf zieht gleichverteilt ein Quantil, dann gleichverteilt einen Wert zwischen den
beiden angegebenen Perzentilen um dieses herum (wie bei invitro).

Antwort: {&quot;service&quot;:..,&quot;exec_us&quot;:..,&quot;instance&quot;:..,&quot;cold&quot;:..}. Gibt nach dem Start
&apos;listening on HOST:PORT&apos; aus; SIGINT/SIGTERM oder --exit-after-idle Sekunden
ohne Aufrufe beenden ihn geordnet (laufende Aufrufe erhalten 10 s) und
schreiben die Ankunftsdatei. Exit-Codes: 0 ok,
2 fehlerhafte Optionen oder Dienstdatei, 1 interner Fehler.</translation>
    </message>
    <message>
        <source>Exit (as after SIGTERM) once no call has arrived or been in flight for this many seconds (default 1800; 0 = never).</source>
        <translation>Beenden (wie nach SIGTERM), sobald so viele Sekunden lang kein Aufruf angekommen oder unterwegs war (Standard: 1800; 0 = nie).</translation>
    </message>
    <message>
        <source>traceload-function: no calls for %1 s (--exit-after-idle): exiting
</source>
        <translation>traceload-function: seit %1 s keine Aufrufe (--exit-after-idle): wird beendet
</translation>
    </message>
    <message>
        <source>Usage: traceload [--lang de|en] [WORKSPACE.traceload | TRACE_DIR | FILE]
       traceload [--lang de|en] --batch &lt;command&gt; [options]
       traceload --batch &lt;command&gt; --help

Without --batch the workbench window opens (with no display, the headless demo runs instead: traceload --batch run --speedup auto).

Commands:
</source>
        <translation>Aufruf: traceload [--lang de|en] [WORKSPACE.traceload | TRACE_DIR | FILE]
        traceload [--lang de|en] --batch &lt;command&gt; [options]
        traceload --batch &lt;command&gt; --help

Ohne --batch öffnet sich das Workbench-Fenster (ohne Display läuft stattdessen die Headless-Demo: traceload --batch run --speedup auto).

Befehle:
</translation>
    </message>
    <message>
        <source>No display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset): running the headless demo, traceload --batch run --speedup auto, instead of the window.
</source>
        <translation>Kein Display (DISPLAY, WAYLAND_DISPLAY und QT_QPA_PLATFORM sind nicht gesetzt): Statt des Fensters läuft die Headless-Demo traceload --batch run --speedup auto.
</translation>
    </message>
    <message>
        <source>is a folder; an output must be a file</source>
        <translation>ist ein Ordner; eine Ausgabe muss eine Datei sein</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or block device); refusing to replace it</source>
        <translation>ist keine reguläre Datei (eine Pipe, ein Socket oder ein Blockgerät); sie wird nicht ersetzt</translation>
    </message>
    <message>
        <source>line is longer than %1 bytes (a line break is missing?)</source>
        <translation>Zeile ist länger als %1 Bytes (fehlt ein Zeilenumbruch?)</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device is not read)</source>
        <translation>ist keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät wird nicht gelesen)</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>in %1 kann keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>is also the output of %1; two outputs cannot be one file</source>
        <translation>ist auch die Ausgabe von %1; zwei Ausgaben können nicht dieselbe Datei sein</translation>
    </message>
    <message>
        <source>is a CMake build folder (it holds CMakeCache.txt): the deployment&apos;s records, YAMLs and logs would land among the binaries; name another folder (default %1)</source>
        <translation>ist ein CMake-Build-Ordner (er enthält CMakeCache.txt): Aufzeichnungen, YAMLs und Protokolle der Bereitstellung würden zwischen den Binärdateien landen; einen anderen Ordner angeben (Standard: %1)</translation>
    </message>
    <message>
        <source>the command failed after deploying; removed the %1 deployment it made (%2 services)</source>
        <translation>der Befehl ist nach der Bereitstellung fehlgeschlagen; die von ihm angelegte %1-Bereitstellung wurde entfernt (%2 Dienste)</translation>
    </message>
    <message>
        <source>the command failed after deploying, and removing the deployment failed too: %1. It may still be running; remove it with: traceload --batch teardown -b %2</source>
        <translation>der Befehl ist nach der Bereitstellung fehlgeschlagen, und auch das Entfernen der Bereitstellung ist fehlgeschlagen: %1. Sie läuft möglicherweise noch; entfernen mit: traceload --batch teardown -b %2</translation>
    </message>
    <message>
        <source>Ready %1/%2 after %3 s; still waiting for %4</source>
        <translation>Ready %1/%2 nach %3 s; warte noch auf %4</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>the emulator started, pid %1</source>
        <translation>der Emulator wurde gestartet, PID %1</translation>
    </message>
    <message>
        <source>expands to more than %1 nodes (aliases nested too deep)</source>
        <translation>ergibt mehr als %1 Knoten (Aliase zu tief verschachtelt)</translation>
    </message>
    <message>
        <source>an alias refers to a node that contains it</source>
        <translation>ein Alias verweist auf einen Knoten, der ihn enthält</translation>
    </message>
    <message>
        <source>not valid YAML: the parser makes no progress here (a &apos;,&apos; outside brackets?)</source>
        <translation>kein gültiges YAML: der Parser kommt hier nicht weiter (ein &apos;,&apos; außerhalb von Klammern?)</translation>
    </message>
    <message>
        <source>not valid YAML: nested too deep (%1 levels)</source>
        <translation>kein gültiges YAML: zu tief verschachtelt (%1 Ebenen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>&apos;%1&apos; ist nicht HOST:PORT</translation>
    </message>
    <message>
        <source>port %1 in &apos;%2&apos; is outside 1..65535</source>
        <translation>Port %1 in &apos;%2&apos; liegt außerhalb von 1..65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;%2&apos; is not a host name or IP address (write an IPv6 address in brackets: [::1]:50051)</source>
        <translation>&apos;%1&apos; in &apos;%2&apos; ist weder ein Hostname noch eine IP-Adresse (eine IPv6-Adresse in Klammern schreiben: [::1]:50051)</translation>
    </message>
    <message>
        <source>the execution time scale must be a positive number</source>
        <translation>der Skalierungsfaktor der Ausführungszeit muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>&quot;runtime_ms&quot; has %1 entries and &quot;memory_mib&quot; %2, but &quot;endpoint&quot; has %3</source>
        <translation>&quot;runtime_ms&quot; hat %1 Einträge und &quot;memory_mib&quot; %2, aber &quot;endpoint&quot; hat %3</translation>
    </message>
    <message>
        <source>integers</source>
        <translation>ganzen Zahlen</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1 is not an integer from -1 to %2</source>
        <translation>%1 ist keine ganze Zahl von -1 bis %2</translation>
    </message>
    <message>
        <source>%1 is outside the slot [0, %2]</source>
        <translation>%1 liegt außerhalb des Slots [0, %2]</translation>
    </message>
    <message>
        <source>the load would hold more than %1 invocations, the limit of one load (replay a shorter window)</source>
        <translation>die Last würde mehr als %1 Aufrufe enthalten, die Grenze einer Last (ein kürzeres Fenster abspielen)</translation>
    </message>
    <message>
        <source>duration off by %1 %</source>
        <translation>Dauer weicht um %1 % ab</translation>
    </message>
    <message>
        <source>memory off by %1 %</source>
        <translation>Speicher weicht um %1 % ab</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;split&quot; nor &quot;copy&quot;</source>
        <translation>&quot;%1&quot; ist weder &quot;split&quot; noch &quot;copy&quot;</translation>
    </message>
    <message>
        <source>must be a number &gt;= 0, found %1</source>
        <translation>muss eine Zahl &gt;= 0 sein, %1 gefunden</translation>
    </message>
    <message>
        <source>the invoker could not keep up: %1 calls dropped, %2 sent more than %3 ms late; the machine reached %4 calls/s</source>
        <translation>der Invoker kam nicht hinterher: %1 Aufrufe verworfen, %2 mehr als %3 ms verspätet gesendet; die Maschine erreichte %4 Aufrufe/s</translation>
    </message>
    <message>
        <source>Sampling: per-minute distributions</source>
        <translation>Stichprobenziehung: Verteilungen pro Minute</translation>
    </message>
    <message>
        <source>Sampling %1 functions</source>
        <translation>Stichprobe von %1 Funktionen wird gezogen</translation>
    </message>
    <message>
        <source>a sample of %1 functions is not possible from a trace of %2 functions</source>
        <translation>eine Stichprobe von %1 Funktionen ist aus einem Trace mit %2 Funktionen nicht möglich</translation>
    </message>
    <message>
        <source>sample sizes must ascend (%1 after %2)</source>
        <translation>Stichprobengrößen müssen aufsteigen (%1 nach %2)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Stichprobenziehung</translation>
    </message>
    <message>
        <source>column number has more than %1 digits</source>
        <translation>Spaltennummer hat mehr als %1 Ziffern</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>Download fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot run tar to extract the archive</source>
        <translation>tar zum Entpacken des Archivs kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>tar could not extract the archive: %1</source>
        <translation>tar konnte das Archiv nicht entpacken: %1</translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation>keine http- oder https-URL</translation>
    </message>
    <message>
        <source>cannot create the cache folder</source>
        <translation>Cache-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the connection dropped %1 times; %2 of %3 bytes are kept in %4 and the next run resumes there</source>
        <translation>die Verbindung brach %1-mal ab; %2 von %3 Bytes bleiben in %4 erhalten, und der nächste Lauf setzt dort fort</translation>
    </message>
    <message>
        <source>downloaded %1 bytes, expected %2</source>
        <translation>%1 Bytes heruntergeladen, %2 erwartet</translation>
    </message>
    <message>
        <source>SHA-256 %1 does not match the expected %2</source>
        <translation>SHA-256 %1 stimmt nicht mit dem erwarteten %2 überein</translation>
    </message>
    <message>
        <source>cannot move the download here</source>
        <translation>der Download kann nicht hierher verschoben werden</translation>
    </message>
    <message>
        <source>Extracting %1</source>
        <translation>%1 wird entpackt</translation>
    </message>
    <message>
        <source>day %1 is not a day of the release (%2 to %3)</source>
        <translation>Tag %1 ist kein Tag der Veröffentlichung (%2 bis %3)</translation>
    </message>
    <message>
        <source>the folder holds several days of the release (%1); choose one</source>
        <translation>der Ordner enthält mehrere Tage der Veröffentlichung (%1); einen auswählen</translation>
    </message>
    <message>
        <source>day %1 asked for, but the folder holds no day of the release (invocations_per_function_md.anon.dNN.csv)</source>
        <translation>Tag %1 angefordert, aber der Ordner enthält keinen Tag der Veröffentlichung (invocations_per_function_md.anon.dNN.csv)</translation>
    </message>
    <message>
        <source>day %1 is not in the folder, which holds days %2</source>
        <translation>Tag %1 ist nicht im Ordner, der die Tage %2 enthält</translation>
    </message>
    <message>
        <source>drain</source>
        <translation>Auslaufphase</translation>
    </message>
    <message>
        <source>target (the load)</source>
        <translation>Ziel (die Last)</translation>
    </message>
    <message>
        <source>unknown: the endpoints do not report cold starts (only the emulator does)</source>
        <translation>unbekannt: die Endpunkte melden keine Kaltstarts (nur der Emulator)</translation>
    </message>
    <message>
        <source>%1: not a regular file, ignored</source>
        <translation>%1: keine reguläre Datei, ignoriert</translation>
    </message>
    <message>
        <source>How calls go on the wire: h2 (TraceLoad&apos;s lean HTTP/2 client, a fraction of the CPU per call), grpc (gRPC&apos;s C++ stack, the reference) or auto (h2 for plaintext endpoints, which all are; default).</source>
        <translation>Wie Aufrufe übertragen werden: h2 (der schlanke HTTP/2-Client von TraceLoad, ein Bruchteil der CPU-Last je Aufruf), grpc (der C++-Stack von gRPC, die Referenz) oder auto (h2 für Klartext-Endpunkte, und das sind alle; Standard).</translation>
    </message>
    <message>
        <source>flag --transport: &apos;%1&apos; is not auto, grpc or h2</source>
        <translation>Option --transport: &apos;%1&apos; ist weder auto noch grpc noch h2</translation>
    </message>
    <message>
        <source>--transport h2: event-loop threads that send and read replies, each on its own connections (default 0 = auto: one per two cores).</source>
        <translation>--transport h2: Event-Loop-Threads, die Aufrufe senden und Antworten lesen, jeder über eigene Verbindungen (Standard: 0 = automatisch: einer je zwei Kerne).</translation>
    </message>
    <message>
        <source>--transport grpc: threads handling replies (default 2).</source>
        <translation>--transport grpc: Threads, die Antworten verarbeiten (Standard: 2).</translation>
    </message>
    <message>
        <source>  stratified start    %1
</source>
        <translation>  geschichteter Start %1
</translation>
    </message>
    <message>
        <source>  swaps from the stratified start: %1
</source>
        <translation>  Vertauschungen ab dem geschichteten Start: %1
</translation>
    </message>
    <message>
        <source>  swaps from random draw %1 (closer than the stratified start): %2
</source>
        <translation>  Vertauschungen ab Zufallsziehung %1 (näher als der geschichtete Start): %2
</translation>
    </message>
    <message>
        <source>Let a call go out up to this long after its time, so that the calls due within it share one wake-up: less CPU per call, up to this much lateness (default 0: every call at its own time).</source>
        <translation>Einen Aufruf bis zu so lange nach seiner Zeit senden, damit die in dieser Spanne fälligen Aufrufe ein gemeinsames Aufwachen teilen: weniger CPU pro Aufruf, höchstens so viel Verspätung (Standard: 0, jeder Aufruf zu seiner eigenen Zeit).</translation>
    </message>
</context>
<context>
    <name>traceload::ThresholdList</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Pass/fail conditions on the measured phase, as --threshold takes them: latency|response|lateness.p50|p90|p99|p999|max|mean with us, ms or s; errors|timeouts|not_sent|cold_starts.rate|count; rate.achieved|ok|target. Double-click to edit.</source>
        <translation>Bestanden/Nicht-bestanden-Bedingungen für die Messphase, in der Form von --threshold: latency|response|lateness.p50|p90|p99|p999|max|mean mit us, ms oder s; errors|timeouts|not_sent|cold_starts.rate|count; rate.achieved|ok|target. Zum Bearbeiten doppelklicken.</translation>
    </message>
    <message>
        <source>Add a threshold</source>
        <translation>Schwellenwert hinzufügen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
</context>
<context>
    <name>traceload::TraceFunctionModel</name>
    <message>
        <source>No memory percentile %1 in the trace</source>
        <translation>Kein Speicher-Perzentil %1 im Trace</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>No duration percentile %1 in the trace</source>
        <translation>Kein Dauer-Perzentil %1 im Trace</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Memory p%1 (MB)</source>
        <translation>Speicher p%1 (MB)</translation>
    </message>
    <message>
        <source>Duration p%1 (ms)</source>
        <translation>Dauer p%1 (ms)</translation>
    </message>
    <message>
        <source>Owner, app and function hashes, first 8 characters of each</source>
        <translation>Hashes von Besitzer, Anwendung und Funktion, jeweils die ersten 8 Zeichen</translation>
    </message>
    <message>
        <source>Invocations in the loaded window of slots</source>
        <translation>Aufrufe im geladenen Slot-Fenster</translation>
    </message>
    <message>
        <source>Allocated memory, percentile %1 (memory.csv)</source>
        <translation>Belegter Speicher, Perzentil %1 (memory.csv)</translation>
    </message>
    <message>
        <source>Execution time, percentile %1 (durations.csv)</source>
        <translation>Ausführungszeit, Perzentil %1 (durations.csv)</translation>
    </message>
</context>
<context>
    <name>traceload::TracePage</name>
    <message>
        <source>Stop at the first malformed row</source>
        <translation>Bei der ersten fehlerhaften Zeile abbrechen</translation>
    </message>
    <message>
        <source>Open trace folder…</source>
        <translation>Trace-Ordner öffnen…</translation>
    </message>
    <message>
        <source>Minute slots</source>
        <translation>Minuten-Slots</translation>
    </message>
    <message>
        <source>Second slots</source>
        <translation>Sekunden-Slots</translation>
    </message>
    <message>
        <source>The length of one column of invocations.csv</source>
        <translation>Die Länge einer Spalte von invocations.csv</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>Trace:</translation>
    </message>
    <message>
        <source>Filter functions by id or trigger</source>
        <translation>Funktionen nach ID oder Trigger filtern</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>No trace loaded.</source>
        <translation>Kein Trace geladen.</translation>
    </message>
    <message>
        <source>%1 functions, %2 %3 slots, %4 invocations. %5 malformed rows skipped, %6 functions not in all three files (see the log). Memory and duration at the %7 percentile (set on the Mapping page).</source>
        <translation>%1 Funktionen, %2 %3-Slots, %4 Aufrufe. %5 fehlerhafte Zeilen übersprungen, %6 Funktionen nicht in allen drei Dateien (siehe Protokoll). Speicher und Dauer beim %7 Perzentil (einstellbar auf der Seite „Zuordnung“).</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Invocations per slot of the selected function</source>
        <translation>Aufrufe pro Slot der ausgewählten Funktion</translation>
    </message>
    <message>
        <source>Preparing the table of %1 functions…</source>
        <translation>Tabelle der %1 Funktionen wird vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing the table of %1 functions</source>
        <translation>Tabelle der %1 Funktionen wird vorbereitet</translation>
    </message>
    <message>
        <source>Cancelled. The function table is prepared again when the trace or a setting changes.</source>
        <translation>Abgebrochen. Die Funktionstabelle wird erneut vorbereitet, wenn sich der Trace oder eine Einstellung ändert.</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>The folder holds several days of the Azure release; the day to read</source>
        <translation>Der Ordner enthält mehrere Tage der Azure-Veröffentlichung; der zu lesende Tag</translation>
    </message>
    <message>
        <source>Per-app memory: split</source>
        <translation>Speicher pro Anwendung: aufteilen</translation>
    </message>
    <message>
        <source>Per-app memory: copy</source>
        <translation>Speicher pro Anwendung: kopieren</translation>
    </message>
    <message>
        <source>split: an application&apos;s memory (each percentile and the average) is divided evenly among its functions in the trace, as the invitro loader does (default)</source>
        <translation>aufteilen: Der Speicher einer Anwendung (jedes Perzentil und der Durchschnitt) wird gleichmäßig auf ihre Funktionen im Trace aufgeteilt, wie beim invitro-Loader (Standard)</translation>
    </message>
    <message>
        <source>copy: each of an application&apos;s functions gets the application&apos;s whole memory</source>
        <translation>kopieren: Jede Funktion einer Anwendung erhält den gesamten Speicher der Anwendung</translation>
    </message>
    <message>
        <source>How a memory file per application (the release&apos;s app_memory_percentiles) becomes each function&apos;s memory.
%1
%2</source>
        <translation>Wie eine Speicherdatei pro Anwendung (app_memory_percentiles der Veröffentlichung) zum Speicher jeder Funktion wird.
%1
%2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Tag auswählen</translation>
    </message>
    <message>
        <source>Day %1 of the release.</source>
        <translation>Tag %1 der Veröffentlichung.</translation>
    </message>
    <message>
        <source>Memory per application, split evenly among its functions.</source>
        <translation>Speicher pro Anwendung, gleichmäßig auf ihre Funktionen aufgeteilt.</translation>
    </message>
    <message>
        <source>Memory per application, copied to each of its functions.</source>
        <translation>Speicher pro Anwendung, für jede ihrer Funktionen übernommen.</translation>
    </message>
</context>
</TS>
