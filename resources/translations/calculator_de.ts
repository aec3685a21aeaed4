<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name />
        <message>
            <source>Ally</source>
            <translation>Verbündeter</translation>
        </message>
        <message>
            <source>Base year</source>
            <translation>Basisjahr</translation>
        </message>
        <message>
            <source>latest</source>
            <translation>neuestes</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizont</translation>
        </message>
        <message>
            <source>NATO edition</source>
            <translation>NATO-Ausgabe</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Wirtschaft</translation>
        </message>
        <message>
            <source>Real growth</source>
            <translation>Reales Wachstum</translation>
        </message>
        <message>
            <source>Inflation</source>
            <translation>Inflation</translation>
        </message>
        <message>
            <source>Growth adjustment</source>
            <translation>Wachstumsanpassung</translation>
        </message>
        <message>
            <source>Inflation adjustment</source>
            <translation>Inflationsanpassung</translation>
        </message>
        <message>
            <source>Per-year overrides</source>
            <translation>Jahreswerte</translation>
        </message>
        <message>
            <source>Core path</source>
            <translation>Kernpfad</translation>
        </message>
        <message>
            <source>Spending growth</source>
            <translation>Ausgabenwachstum</translation>
        </message>
        <message>
            <source>Growth measured</source>
            <translation>Wachstum gemessen</translation>
        </message>
        <message>
            <source>real</source>
            <translation>real</translation>
        </message>
        <message>
            <source>nominal</source>
            <translation>nominal</translation>
        </message>
        <message>
            <source>Glide target</source>
            <translation>Ziel des Gleitpfads</translation>
        </message>
        <message>
            <source>Glide year</source>
            <translation>Zieljahr</translation>
        </message>
        <message>
            <source>Annual increment</source>
            <translation>Jährliche Erhöhung</translation>
        </message>
        <message>
            <source>{0:g} bn</source>
            <translation>{0:g} Mrd.</translation>
        </message>
        <message>
            <source>Custom points</source>
            <translation>Eigene Punkte</translation>
        </message>
        <message>
            <source>Related path</source>
            <translation>Pfad der verwandten Ausgaben</translation>
        </message>
        <message>
            <source>Related share</source>
            <translation>Anteil verwandter Ausgaben</translation>
        </message>
        <message>
            <source>Related target</source>
            <translation>Ziel verwandter Ausgaben</translation>
        </message>
        <message>
            <source>Related year</source>
            <translation>Jahr verwandter Ausgaben</translation>
        </message>
        <message>
            <source>Related cap</source>
            <translation>Obergrenze verwandter Ausgaben</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <translation>Schwellen</translation>
        </message>
        <message>
            <source>How the calculator works</source>
            <translation>So arbeitet der Rechner</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Ausgangspunkt</translation>
        </message>
        <message>
            <source>The base year is the latest year with a NATO figure for the ally (2026, an estimate, in the July 2026 edition). Core defence spending in the base year is NATO's share of GDP times the IMF's nominal GDP for that year, in the ally's own currency. Money the calculator derives this way is labelled as derived; NATO's own published amounts are shown beside the history.</source>
            <translation>Das Basisjahr ist das letzte Jahr mit einer NATO-Zahl für den Verbündeten (2026, eine Schätzung, in der Ausgabe vom Juli 2026). Die Kernverteidigungsausgaben im Basisjahr sind der NATO-Anteil am BIP mal dem nominalen BIP des IWF für dieses Jahr, in der Landeswährung des Verbündeten. So abgeleitete Beträge sind als abgeleitet gekennzeichnet; die von der NATO veröffentlichten Beträge stehen neben der Zeitreihe.</translation>
        </message>
        <message>
            <source>The economy</source>
            <translation>Die Wirtschaft</translation>
        </message>
        <message>
            <source>Each year GDP grows by real growth and by GDP-deflator inflation: GDP&lt;sub&gt;t&lt;/sub&gt; = GDP&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g&lt;sub&gt;t&lt;/sub&gt;) × (1 + p&lt;sub&gt;t&lt;/sub&gt;). The IMF baseline uses the IMF World Economic Outlook (October 2025) to 2030 and holds the 2030 rates afterwards; with it the projected GDP reproduces the IMF's figures. The constant preset uses your rates for every year. Adjustments add percentage points on top of either.</source>
            <translation>Jedes Jahr wächst das BIP um das reale Wachstum und um die Inflation des BIP-Deflators: BIP&lt;sub&gt;t&lt;/sub&gt; = BIP&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g&lt;sub&gt;t&lt;/sub&gt;) × (1 + p&lt;sub&gt;t&lt;/sub&gt;). Die IWF-Basislinie folgt dem World Economic Outlook des IWF (Oktober 2025) bis 2030 und hält danach die Raten von 2030; damit gibt das projizierte BIP die Zahlen des IWF wieder. Die Vorgabe mit konstanten Raten verwendet Ihre Raten für jedes Jahr. Anpassungen fügen beiden Prozentpunkte hinzu.</translation>
        </message>
        <message>
            <source>Core defence spending</source>
            <translation>Kernverteidigungsausgaben</translation>
        </message>
        <message>
            <source>&lt;b&gt;Constant share&lt;/b&gt;: the base-year share every year (no policy change).</source>
            <translation>&lt;b&gt;Konstanter Anteil&lt;/b&gt;: jedes Jahr der Anteil des Basisjahres (unveränderte Politik).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Growth&lt;/b&gt;: spending grows by a rate each year, in cash (nominal) or on top of inflation (real).</source>
            <translation>&lt;b&gt;Wachstum&lt;/b&gt;: die Ausgaben wachsen jedes Jahr um eine Rate, nominal oder über der Inflation (real).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Glide path&lt;/b&gt;: the share moves in a straight line to a target by a year, then holds.</source>
            <translation>&lt;b&gt;Gleitpfad&lt;/b&gt;: der Anteil bewegt sich geradlinig bis zu einem Ziel in einem Jahr und bleibt dann gleich.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Increment&lt;/b&gt;: a fixed amount in national currency is added each year.</source>
            <translation>&lt;b&gt;Erhöhung&lt;/b&gt;: jedes Jahr kommt ein fester Betrag in Landeswährung hinzu.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Custom&lt;/b&gt;: your points (share or amount), joined by straight lines.</source>
            <translation>&lt;b&gt;Eigene&lt;/b&gt;: Ihre Punkte (Anteil oder Betrag), durch gerade Linien verbunden.</translation>
        </message>
        <message>
            <source>Related spending (the 1.5 % track)</source>
            <translation>Verwandte Ausgaben (der 1,5-%-Pfad)</translation>
        </message>
        <message>
            <source>It has its own share path and counts towards the total up to 1.5 % of GDP. NATO publishes no per-ally figure for it, so it starts at 0 %.</source>
            <translation>Sie haben einen eigenen Anteilspfad und zählen bis 1,5 % des BIP zur Summe. Die NATO veröffentlicht dafür keine Zahl je Verbündeten, daher beginnen sie bei 0 %.</translation>
        </message>
        <message>
            <source>A threshold is reached in the first year whose share is at or above it; if the base year already is, it is 'already met'. 'Holds' says whether the share stays above it to the horizon. The gap is measured at the target year, in points of GDP and in money. Required growth is the constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
            <translation>Eine Schwelle ist im ersten Jahr erreicht, in dem der Anteil sie erreicht oder übersteigt; gilt das schon im Basisjahr, ist sie „bereits erfüllt“. „Hält“ sagt, ob der Anteil bis zum Horizont darüber bleibt. Die Lücke wird im Zieljahr gemessen, in BIP-Punkten und in Geld. Das nötige Wachstum ist das konstante nominale Wachstum der Kernverteidigungsausgaben ab dem Basisjahr, mit dem die Schwelle im Zieljahr erreicht wird.</translation>
        </message>
        <message>
            <source>Hague path check</source>
            <translation>Prüfung des Haager Pfads</translation>
        </message>
        <message>
            <source>Allies agreed to submit annual plans showing a credible, incremental path to 3.5 % by 2035, reviewed in 2029. The check asks whether the core share never falls, whether it reaches 3.5 % by 2035, and where it stands in 2029 against a straight line from the base year to 3.5 % in 2035.</source>
            <translation>Die Verbündeten haben vereinbart, jährliche Pläne mit einem glaubwürdigen, schrittweisen Pfad zu 3,5 % bis 2035 vorzulegen, der 2029 überprüft wird. Die Prüfung fragt, ob der Kernanteil nie sinkt, ob er bis 2035 3,5 % erreicht und wo er 2029 gegenüber einer Geraden vom Basisjahr bis 3,5 % im Jahr 2035 steht.</translation>
        </message>
        <message>
            <source>Baselines</source>
            <translation>Vergleichsbasen</translation>
        </message>
        <message>
            <source>Extra spending is compared with a constant share of GDP, a cash freeze (the base-year amount every year) and a real freeze (the base-year amount indexed to the GDP deflator).</source>
            <translation>Zusätzliche Ausgaben werden mit einem konstanten BIP-Anteil, einem nominalen Einfrieren (jedes Jahr der Betrag des Basisjahres) und einem realen Einfrieren (der Betrag des Basisjahres, mit dem BIP-Deflator indexiert) verglichen.</translation>
        </message>
        <message>
            <source>NATO's definition</source>
            <translation>Die Definition der NATO</translation>
        </message>
        <message>
            <source>NATO's year is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the United Kingdom).</source>
            <translation>Das NATO-Jahr ist das Haushaltsjahr, das die meisten seiner Monate umfasst (2025 = Haushaltsjahr 2025/26 für Kanada und das Vereinigte Königreich).</translation>
        </message>
        <message>
            <source>edition {0}, released {1}, cut-off {2}</source>
            <translation>Ausgabe {0}, veröffentlicht am {1}, Stichtag {2}</translation>
        </message>
        <message>
            <source>Estimates or projections: {0}</source>
            <translation>Schätzungen oder Projektionen: {0}</translation>
        </message>
        <message>
            <source>Defence Budget What-If Calculator</source>
            <translation>Szenariorechner für Verteidigungshaushalte</translation>
        </message>
        <message>
            <source>Version {0}. Works offline: all data ships with the app.</source>
            <translation>Version {0}. Arbeitet offline: alle Daten werden mit der App geliefert.</translation>
        </message>
        <message>
            <source>Dataset: {0} — {1}</source>
            <translation>Datensatz: {0} — {1}</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About</source>
            <translation>Über</translation>
        </message>
    </context>
    <context>
        <name>AllianceTableModel</name>
        <message>
            <source>Ally</source>
            <translation>Verbündeter</translation>
        </message>
        <message>
            <source>Ally (ISO code)</source>
            <translation>Verbündeter (ISO-Code)</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Base year: NATO's latest figure</source>
            <translation>Basisjahr: neueste NATO-Zahl</translation>
        </message>
        <message>
            <source>Base share</source>
            <translation>Basisanteil</translation>
        </message>
        <message>
            <source>Core defence share of GDP in the base year (NATO)</source>
            <translation>Anteil der Kernverteidigungsausgaben am BIP im Basisjahr (NATO)</translation>
        </message>
        <message>
            <source>{0} core</source>
            <translation>{0} Kern</translation>
        </message>
        <message>
            <source>Core share of GDP at the horizon ({0})</source>
            <translation>Kernanteil am BIP am Horizont ({0})</translation>
        </message>
        <message>
            <source>{0} total</source>
            <translation>{0} gesamt</translation>
        </message>
        <message>
            <source>Core + counted related share at the horizon ({0})</source>
            <translation>Kernanteil + angerechneter verwandter Anteil am Horizont ({0})</translation>
        </message>
        <message>
            <source>core</source>
            <translation>Kern</translation>
        </message>
        <message>
            <source>total</source>
            <translation>gesamt</translation>
        </message>
        <message>
            <source>Year {0} is first reached ({1}); – not by {2}</source>
            <translation>Jahr, in dem {0} erstmals erreicht wird ({1}); –: nicht bis {2}</translation>
        </message>
        <message>
            <source>Already met in the base year {0}</source>
            <translation>Bereits im Basisjahr {0} erfüllt</translation>
        </message>
        <message>
            <source>First reached in {0}</source>
            <translation>Erstmals erreicht {0}</translation>
        </message>
        <message>
            <source>Not by {0}; on these assumptions in {1}</source>
            <translation>Nicht bis {0}; unter diesen Annahmen {1}</translation>
        </message>
        <message>
            <source>Not by {0}</source>
            <translation>Nicht bis {0}</translation>
        </message>
    </context>
    <context>
        <name>AllianceTotals</name>
        <message>
            <source>Alliance money totals</source>
            <translation>Geldsummen des Bündnisses</translation>
        </message>
        <message>
            <source>Alliance money totals table</source>
            <translation>Tabelle der Bündnissummen</translation>
        </message>
        <message>
            <source>Choose euros or US dollars under Money and baseline to add up what the allies spend and must add.</source>
            <translation>Wählen Sie Euro oder US-Dollar unter Geld und Vergleichsbasis, um zu addieren, was die Verbündeten ausgeben und hinzufügen müssen.</translation>
        </message>
        <message>
            <source>Core, base year</source>
            <translation>Kern, Basisjahr</translation>
        </message>
        <message>
            <source>Core, {0}</source>
            <translation>Kern, {0}</translation>
        </message>
        <message>
            <source>{0}: more in {1}</source>
            <translation>{0}: mehr im Jahr {1}</translation>
        </message>
        <message>
            <source>{0}: over {1}–{2}</source>
            <translation>{0}: über {1}–{2}</translation>
        </message>
    </context>
    <context>
        <name>AllianceView</name>
        <message>
            <source>Alliance assumptions</source>
            <translation>Annahmen für das Bündnis</translation>
        </message>
        <message>
            <source>Alliance note</source>
            <translation>Hinweis zum Bündnis</translation>
        </message>
        <message>
            <source>Alliance table</source>
            <translation>Bündnistabelle</translation>
        </message>
        <message>
            <source>Every ally under the current assumptions. Click a column title to sort; – (not reached) sorts last. Arrow keys select an ally and highlight its path; Enter or a double-click opens it.</source>
            <translation>Alle Verbündeten unter den aktuellen Annahmen. Ein Klick auf einen Spaltentitel sortiert; – (nicht erreicht) steht zuletzt. Die Pfeiltasten wählen einen Verbündeten und heben seinen Pfad hervor; Eingabe oder ein Doppelklick öffnet ihn.</translation>
        </message>
        <message>
            <source>Alliance chart</source>
            <translation>Bündnisdiagramm</translation>
        </message>
        <message>
            <source>Alliance chart read-out</source>
            <translation>Ablesung des Bündnisdiagramms</translation>
        </message>
        <message>
            <source>Point at a path to read the ally, year and share.</source>
            <translation>Zeigen Sie auf einen Pfad, um Verbündeten, Jahr und Anteil abzulesen.</translation>
        </message>
        <message>
            <source>{0} ({1}), {2}: core {3:.2f} % of GDP = {4:,.1f} bn {5}</source>
            <translation>{0} ({1}), {2}: Kern {3:.2f} % des BIP = {4:,.1f} Mrd. {5}</translation>
        </message>
        <message>
            <source>core defence, % of GDP</source>
            <translation>Kernverteidigung, % des BIP</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>IMF baseline economy</source>
            <translation>Wirtschaft nach der IWF-Basislinie</translation>
        </message>
        <message>
            <source>constant rates of {0:g} % real growth and {1:g} % inflation</source>
            <translation>konstante Raten von {0:g} % realem Wachstum und {1:g} % Inflation</translation>
        </message>
        <message>
            <source>{0} allies with a NATO figure under the current assumptions: core spending {1}, {2}, horizon {3}. Iceland has no armed forces and no figure.</source>
            <translation>{0} Verbündete mit einer NATO-Zahl unter den aktuellen Annahmen: Kernausgaben {1}, {2}, Horizont {3}. Island hat keine Streitkräfte und keine Zahl.</translation>
        </message>
        <message>
            <source>an annual increment</source>
            <translation>eine jährliche Erhöhung</translation>
        </message>
        <message>
            <source>custom amounts</source>
            <translation>eigene Beträge</translation>
        </message>
        <message>
            <source>Your path is {0} in {1}, one ally's currency, so it cannot apply to every ally: the overview holds each ally's base-year share constant instead. Choose growth, a glide path or a constant share to compare allies on your path.</source>
            <translation>Ihr Pfad ist {0} in {1}, der Währung eines einzigen Verbündeten, und kann daher nicht für alle gelten: die Übersicht hält stattdessen den Basisjahresanteil jedes Verbündeten konstant. Wählen Sie Wachstum, einen Gleitpfad oder einen konstanten Anteil, um Verbündete auf Ihrem Pfad zu vergleichen.</translation>
        </message>
        <message>
            <source>Choose euros or US dollars under Money and baseline to add up what the allies spend and must add.</source>
            <translation>Wählen Sie Euro oder US-Dollar unter Geld und Vergleichsbasis, um zu addieren, was die Verbündeten ausgeben und hinzufügen müssen.</translation>
        </message>
    </context>
    <context>
        <name>AllyPanel</name>
        <message>
            <source>Ally and horizon</source>
            <translation>Verbündeter und Horizont</translation>
        </message>
        <message>
            <source>Ally</source>
            <translation>Verbündeter</translation>
        </message>
        <message>
            <source>Pick an ally: type part of its name (English, French or Spanish), its ISO code (ESP, BEL…) or a common name (UK, USA, Holland); Enter takes the first match. The figure is NATO's latest share of GDP for core defence ({0} edition, latest year).</source>
            <translation>Wählen Sie einen Verbündeten: Tippen Sie einen Teil seines Namens (englisch, französisch oder spanisch), seinen ISO-Code (ESP, BEL…) oder einen gängigen Namen (UK, USA, Holland); Eingabe nimmt den ersten Treffer. Die Zahl ist der neueste NATO-Anteil am BIP für die Kernverteidigung (Ausgabe {0}, letztes Jahr).</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizont</translation>
        </message>
        <message>
            <source>Last year shown and tested (up to {0}).</source>
            <translation>Letztes angezeigtes und geprüftes Jahr (bis {0}).</translation>
        </message>
        <message>
            <source>&amp;Ally</source>
            <translation>&amp;Verbündeter</translation>
        </message>
        <message>
            <source>&amp;Horizon</source>
            <translation>&amp;Horizont</translation>
        </message>
        <message>
            <source>{0} ({1}) · no NATO figure</source>
            <translation>{0} ({1}) · keine NATO-Zahl</translation>
        </message>
        <message>
            <source>{0} ({1}) · {2:.2f} %</source>
            <translation>{0} ({1}) · {2:.2f} %</translation>
        </message>
    </context>
    <context>
        <name>Autosave</name>
        <message>
            <source>Autosave failed: {0}</source>
            <extracomment>Asked whether to restore a session left by a crash (once per orphaned session).</extracomment>
            <translation>Automatisches Speichern fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source> and {0} pinned</source>
            <translation> und {0} angeheftet</translation>
        </message>
        <message>
            <source>Recover your work</source>
            <translation>Ihre Arbeit wiederherstellen</translation>
        </message>
        <message>
            <source>Recover the work from a session that did not close normally?</source>
            <translation>Die Arbeit einer nicht normal beendeten Sitzung wiederherstellen?</translation>
        </message>
        <message>
            <source>The calculator did not close normally. Unsaved scenario: {0}{1}.</source>
            <translation>Der Rechner wurde nicht normal beendet. Ungespeichertes Szenario: {0}{1}.</translation>
        </message>
        <message>
            <source>Damaged autosave set aside</source>
            <translation>Beschädigte automatische Sicherung beiseitegelegt</translation>
        </message>
        <message>
            <source>An autosave file could not be read and was set aside.</source>
            <translation>Eine automatische Sicherungsdatei konnte nicht gelesen werden und wurde beiseitegelegt.</translation>
        </message>
        <message>
            <source>It was renamed and is kept in {0}: {1}</source>
            <translation>Sie wurde umbenannt und liegt in {0}: {1}</translation>
        </message>
        <message>
            <source>Cannot recover the scenario</source>
            <translation>Das Szenario kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>More recovered work than can be pinned: offered again next time.</source>
            <translation>Mehr wiederhergestellte Arbeit, als angeheftet werden kann: wird beim nächsten Mal erneut angeboten.</translation>
        </message>
    </context>
    <context>
        <name>CaveatBanner</name>
        <message>
            <source>Caveats for this ally</source>
            <translation>Hinweise zu diesem Verbündeten</translation>
        </message>
    </context>
    <context>
        <name>ChartDescriptionDialog</name>
        <message>
            <source>The chart in words</source>
            <translation>Das Diagramm in Worten</translation>
        </message>
        <message>
            <source>Chart description</source>
            <translation>Diagrammbeschreibung</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Copy the description to the clipboard</source>
            <translation>Die Beschreibung in die Zwischenablage kopieren</translation>
        </message>
    </context>
    <context>
        <name>ClaimPanel</name>
        <message>
            <source>Check a published claim</source>
            <translation>Eine veröffentlichte Angabe prüfen</translation>
        </message>
        <message>
            <source>Check a claim</source>
            <translation>Eine Angabe prüfen</translation>
        </message>
        <message>
            <source>Check a claim such as "45 bn is 2.1 % of GDP in 2029": the GDP it implies, the nominal growth that GDP needs from the base year, and the IMF path's growth beside it. Listed in the assumptions of every report.</source>
            <translation>Eine Angabe wie „45 Mrd. sind 2,1 % des BIP im Jahr 2029“ prüfen: das BIP, das sie voraussetzt, das nominale Wachstum, das dieses BIP ab dem Basisjahr verlangt, und daneben das Wachstum des IWF-Pfads. In den Annahmen jedes Berichts aufgeführt.</translation>
        </message>
        <message>
            <source>Claim amount</source>
            <translation>Betrag der Angabe</translation>
        </message>
        <message>
            <source>The amount the claim states, billions of national currency, current prices.</source>
            <translation>Der Betrag, den die Angabe nennt, in Milliarden Landeswährung, laufende Preise.</translation>
        </message>
        <message>
            <source> % of GDP</source>
            <translation> % des BIP</translation>
        </message>
        <message>
            <source>Claim share</source>
            <translation>Anteil der Angabe</translation>
        </message>
        <message>
            <source>The share of GDP the claim says the amount is.</source>
            <translation>Der Anteil am BIP, den der Betrag laut der Angabe ausmacht.</translation>
        </message>
        <message>
            <source>Claim year</source>
            <translation>Jahr der Angabe</translation>
        </message>
        <message>
            <source>The year the claim is about (after the base year).</source>
            <translation>Das Jahr, auf das sich die Angabe bezieht (nach dem Basisjahr).</translation>
        </message>
        <message>
            <source>Claim check result</source>
            <translation>Ergebnis der Prüfung</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source> bn {0}</source>
            <translation> Mrd. {0}</translation>
        </message>
        <message>
            <source>Type a claim's amount, share and year to see the GDP it implies and the growth that needs.</source>
            <translation>Geben Sie Betrag, Anteil und Jahr einer Angabe ein, um das vorausgesetzte BIP und das dafür nötige Wachstum zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>&amp;Pin current scenario</source>
            <translation>Aktuelles Szenario &amp;anheften</translation>
        </message>
        <message>
            <source>Pin current scenario</source>
            <translation>Aktuelles Szenario anheften</translation>
        </message>
        <message>
            <source>Keep the current assumptions as an overlay on the share chart (up to {0}).</source>
            <translation>Die aktuellen Annahmen als Überlagerung im Anteilsdiagramm behalten (bis zu {0}).</translation>
        </message>
        <message>
            <source>&amp;Unpin</source>
            <translation>&amp;Lösen</translation>
        </message>
        <message>
            <source>Unpin selected scenario</source>
            <translation>Gewähltes Szenario lösen</translation>
        </message>
        <message>
            <source>Remove the selected pinned scenario.</source>
            <translation>Das gewählte angeheftete Szenario entfernen.</translation>
        </message>
        <message>
            <source>Unpin &amp;all</source>
            <translation>&amp;Alle lösen</translation>
        </message>
        <message>
            <source>Unpin all scenarios</source>
            <translation>Alle Szenarien lösen</translation>
        </message>
        <message>
            <source>Remove every pinned scenario.</source>
            <translation>Alle angehefteten Szenarien entfernen.</translation>
        </message>
        <message>
            <source>Extra spending against</source>
            <translation>Zusatzausgaben gegenüber</translation>
        </message>
        <message>
            <source>What the extra spending of each scenario is measured against.</source>
            <translation>Womit die Zusatzausgaben jedes Szenarios verglichen werden.</translation>
        </message>
        <message>
            <source>E&amp;xtra spending against</source>
            <translation>&amp;Zusatzausgaben gegenüber</translation>
        </message>
        <message>
            <source>Compare message</source>
            <translation>Vergleichsmeldung</translation>
        </message>
        <message>
            <source>Pinned scenarios</source>
            <translation>Angeheftete Szenarien</translation>
        </message>
        <message>
            <source>Pinned scenarios, in the colours of their overlays. Delete unpins the selected one.</source>
            <translation>Angeheftete Szenarien in den Farben ihrer Überlagerung. Entf löst das gewählte.</translation>
        </message>
        <message>
            <source>Results side by side</source>
            <translation>Ergebnisse nebeneinander</translation>
        </message>
        <message>
            <source>Assumptions that differ</source>
            <translation>Abweichende Annahmen</translation>
        </message>
        <message>
            <source>Assumptions that differ between the current scenario and the pinned ones; – means the scenario's path does not use it.</source>
            <translation>Annahmen, die sich zwischen dem aktuellen und den angehefteten Szenarien unterscheiden; – heißt, der Pfad des Szenarios verwendet sie nicht.</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Angeheftet</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Ergebnisse</translation>
        </message>
        <message>
            <source>Assumptions that &amp;differ</source>
            <translation>&amp;Abweichende Annahmen</translation>
        </message>
        <message>
            <source>Unpin</source>
            <translation>Lösen</translation>
        </message>
        <message>
            <source>{0} of {1} pinned. Pinned scenarios appear on the share chart.</source>
            <translation>{0} von {1} angeheftet. Angeheftete Szenarien erscheinen im Anteilsdiagramm.</translation>
        </message>
        <message>
            <source>Pin the current scenario to keep it on the share chart while you try other assumptions or allies (up to {0}).</source>
            <translation>Heften Sie das aktuelle Szenario an, um es im Anteilsdiagramm zu behalten, während Sie andere Annahmen oder Verbündete ausprobieren (bis zu {0}).</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <source>Differs from the current scenario</source>
            <translation>Weicht vom aktuellen Szenario ab</translation>
        </message>
        <message>
            <source>Assumptions that differ (pin a scenario to compare)</source>
            <translation>Abweichende Annahmen (heften Sie ein Szenario zum Vergleich an)</translation>
        </message>
        <message>
            <source>Assumptions that differ: none, the pinned scenarios match the current one</source>
            <translation>Abweichende Annahmen: keine, die angehefteten Szenarien stimmen mit dem aktuellen überein</translation>
        </message>
    </context>
    <context>
        <name>CoreSpendingPanel</name>
        <message>
            <source>Core defence spending</source>
            <translation>Kernverteidigungsausgaben</translation>
        </message>
        <message>
            <source>Constant share of GDP</source>
            <translation>Konstanter Anteil am BIP</translation>
        </message>
        <message>
            <source>Grow by a rate</source>
            <translation>Wachstum mit einer Rate</translation>
        </message>
        <message>
            <source>Glide path to a share</source>
            <translation>Gleitpfad zu einem Anteil</translation>
        </message>
        <message>
            <source>Add an amount each year</source>
            <translation>Jedes Jahr einen Betrag hinzufügen</translation>
        </message>
        <message>
            <source>Custom points</source>
            <translation>Eigene Punkte</translation>
        </message>
        <message>
            <source>Spending path</source>
            <translation>Ausgabenpfad</translation>
        </message>
        <message>
            <source>How core defence spending evolves after the base year. </source>
            <translation>Wie sich die Kernverteidigungsausgaben nach dem Basisjahr entwickeln. </translation>
        </message>
        <message>
            <source> % a year</source>
            <translation> % pro Jahr</translation>
        </message>
        <message>
            <source>Spending growth</source>
            <translation>Ausgabenwachstum</translation>
        </message>
        <message>
            <source>Growth of core defence spending each year.</source>
            <translation>Jährliches Wachstum der Kernverteidigungsausgaben.</translation>
        </message>
        <message>
            <source>nominal (cash)</source>
            <translation>nominal (in Geld)</translation>
        </message>
        <message>
            <source>real (above inflation)</source>
            <translation>real (über der Inflation)</translation>
        </message>
        <message>
            <source>Nominal or real growth</source>
            <translation>Nominales oder reales Wachstum</translation>
        </message>
        <message>
            <source>Nominal: the cash amount grows by the rate. Real: it grows by the rate on top of GDP deflator inflation.</source>
            <translation>Nominal: der Geldbetrag wächst um die Rate. Real: er wächst um die Rate zusätzlich zur Inflation des BIP-Deflators.</translation>
        </message>
        <message>
            <source>Growth</source>
            <translation>Wachstum</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Gemessen</translation>
        </message>
        <message>
            <source> % of GDP</source>
            <translation> % des BIP</translation>
        </message>
        <message>
            <source>Glide target share</source>
            <translation>Zielanteil des Gleitpfads</translation>
        </message>
        <message>
            <source>Share of GDP reached in a straight line by the glide year, then held.</source>
            <translation>Anteil am BIP, der geradlinig bis zum Zieljahr erreicht und dann gehalten wird.</translation>
        </message>
        <message>
            <source>Glide target year</source>
            <translation>Zieljahr des Gleitpfads</translation>
        </message>
        <message>
            <source>Year the target share is reached.</source>
            <translation>Jahr, in dem der Zielanteil erreicht wird.</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>By year</source>
            <translation>Bis Jahr</translation>
        </message>
        <message>
            <source>Never below the current share</source>
            <translation>Nie unter dem aktuellen Anteil</translation>
        </message>
        <message>
            <source>On: a target below the current share holds the current share instead of cutting spending. Off: the path glides down to the target (allows cuts).</source>
            <translation>Ein: ein Ziel unter dem aktuellen Anteil hält den aktuellen Anteil, statt Ausgaben zu kürzen. Aus: der Pfad sinkt bis zum Ziel (Kürzungen erlaubt).</translation>
        </message>
        <message>
            <source>Annual increment</source>
            <translation>Jährliche Erhöhung</translation>
        </message>
        <message>
            <source>Amount added to core spending every year, in billions of the ally's national currency, current prices.</source>
            <translation>Betrag, der jedes Jahr zu den Kernausgaben hinzukommt, in Milliarden der Landeswährung des Verbündeten, laufende Preise.</translation>
        </message>
        <message>
            <source>Each year add</source>
            <translation>Jedes Jahr hinzufügen</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Years you fixed; the path runs in straight lines between them and the last value holds.</source>
            <translation>Von Ihnen festgelegte Jahre; der Pfad verbindet sie geradlinig und der letzte Wert bleibt bestehen.</translation>
        </message>
        <message>
            <source>Custom point year</source>
            <translation>Jahr des Punktes</translation>
        </message>
        <message>
            <source>Year to fix.</source>
            <translation>Festzulegendes Jahr.</translation>
        </message>
        <message>
            <source>Custom point value</source>
            <translation>Wert des Punktes</translation>
        </message>
        <message>
            <source>Share of GDP (%) or amount (billions of national currency).</source>
            <translation>Anteil am BIP (%) oder Betrag (Milliarden Landeswährung).</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% des BIP</translation>
        </message>
        <message>
            <source>bn</source>
            <translation>Mrd.</translation>
        </message>
        <message>
            <source>Custom point kind</source>
            <translation>Art des Punktes</translation>
        </message>
        <message>
            <source>Whether the value is a share of GDP or an amount.</source>
            <translation>Ob der Wert ein Anteil am BIP oder ein Betrag ist.</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Setzen</translation>
        </message>
        <message>
            <source>Set custom point</source>
            <translation>Punkt setzen</translation>
        </message>
        <message>
            <source>Add the point, or replace the one for that year.</source>
            <translation>Den Punkt hinzufügen oder den für dieses Jahr ersetzen.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove custom point</source>
            <translation>Punkt entfernen</translation>
        </message>
        <message>
            <source>Remove the selected points.</source>
            <translation>Die gewählten Punkte entfernen.</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>NATO's share × IMF GDP</source>
            <translation>NATO-Anteil × IWF-BIP</translation>
        </message>
        <message>
            <source>My share of GDP</source>
            <translation>Mein Anteil am BIP</translation>
        </message>
        <message>
            <source>My amount</source>
            <translation>Mein Betrag</translation>
        </message>
        <message>
            <source>NATO published spending</source>
            <translation>von der NATO veröffentlichte Ausgaben</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Ausgangspunkt</translation>
        </message>
        <message>
            <source>Base-year core spending: NATO's share of GDP times IMF GDP (derived), your own share or amount (labelled "user's figure" everywhere), or NATO's own published national-currency spending.</source>
            <translation>Kernausgaben im Basisjahr: NATO-Anteil am BIP mal IWF-BIP (abgeleitet), Ihr eigener Anteil oder Betrag (überall als „Zahl des Nutzers“ gekennzeichnet) oder die von der NATO veröffentlichten Ausgaben in Landeswährung.</translation>
        </message>
        <message>
            <source>My share</source>
            <translation>Mein Anteil</translation>
        </message>
        <message>
            <source>Your base-year core spending as a share of IMF GDP (user's figure).</source>
            <translation>Ihre Kernausgaben im Basisjahr als Anteil am IWF-BIP (Zahl des Nutzers).</translation>
        </message>
        <message>
            <source>Your base-year core spending in billions of national currency, current prices (user's figure).</source>
            <translation>Ihre Kernausgaben im Basisjahr in Milliarden Landeswährung, laufende Preise (Zahl des Nutzers).</translation>
        </message>
        <message>
            <source>Base-year spending</source>
            <translation>Ausgaben im Basisjahr</translation>
        </message>
        <message>
            <source> bn {0} a year</source>
            <translation> Mrd. {0} pro Jahr</translation>
        </message>
        <message>
            <source> bn {0}</source>
            <translation> Mrd. {0}</translation>
        </message>
        <message>
            <source>bn {0}</source>
            <translation>Mrd. {0}</translation>
        </message>
        <message>
            <source>{0:g} % of GDP</source>
            <translation>{0:g} % des BIP</translation>
        </message>
        <message>
            <source>{0:,.2f} bn {1}</source>
            <translation>{0:,.2f} Mrd. {1}</translation>
        </message>
        <message>
            <source>Core spending stays at {0:.2f} % of GDP, the {1} share: the no-policy-change baseline.</source>
            <translation>Die Kernausgaben bleiben bei {0:.2f} % des BIP, dem Anteil von {1}: die Basis ohne Politikänderung.</translation>
        </message>
    </context>
    <context>
        <name>DatasetActions</name>
        <message>
            <source>Dataset</source>
            <extracomment>What the storage layer refuses a user's file or folder with: a one-line message each. The list of datasets changed (an import or a removal); the Vintages view re-lists them.</extracomment>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>&amp;Import NATO release…</source>
            <translation>NATO-Veröffentlichung &amp;importieren…</translation>
        </message>
        <message>
            <source>Add NATO's Excel tables (.xlsx) or a filled-in CSV template as a dataset</source>
            <translation>Die Excel-Tabellen der NATO (.xlsx) oder eine ausgefüllte CSV-Vorlage als Datensatz hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Datasets…</source>
            <translation>Daten&amp;sätze…</translation>
        </message>
        <message>
            <source>List, switch and delete datasets</source>
            <translation>Datensätze auflisten, wechseln und löschen</translation>
        </message>
        <message>
            <source>Cannot switch the dataset</source>
            <translation>Der Datensatz kann nicht gewechselt werden</translation>
        </message>
        <message>
            <source>Switched the dataset.</source>
            <translation>Datensatz gewechselt.</translation>
        </message>
        <message>
            <source>Cannot import the release</source>
            <translation>Die Veröffentlichung kann nicht importiert werden</translation>
        </message>
        <message>
            <source>It has NATO's distribution by category (equipment, personnel).</source>
            <translation>Er enthält die Aufteilung der NATO nach Kategorien (Ausrüstung, Personal).</translation>
        </message>
        <message>
            <source>Release imported</source>
            <translation>Veröffentlichung importiert</translation>
        </message>
        <message>
            <source>Imported {0} as dataset {1}: {2} ({3}, cut-off {4}).</source>
            <translation>{0} als Datensatz {1} importiert: {2} ({3}, Stichtag {4}).</translation>
        </message>
        <message>
            <source>Use it now?</source>
            <translation>Jetzt verwenden?</translation>
        </message>
        <message>
            <source>Imported dataset {0}</source>
            <translation>Datensatz {0} importiert</translation>
        </message>
        <message>
            <source>Delete dataset</source>
            <translation>Datensatz löschen</translation>
        </message>
        <message>
            <source>Delete dataset {0} ({1}, {2})?</source>
            <translation>Datensatz {0} ({1}, {2}) löschen?</translation>
        </message>
        <message>
            <source>The imported copy is removed; the original file is not touched.</source>
            <translation>Die importierte Kopie wird entfernt; die Originaldatei bleibt unberührt.</translation>
        </message>
        <message>
            <source>Cannot delete the dataset</source>
            <translation>Der Datensatz kann nicht gelöscht werden</translation>
        </message>
        <message>
            <source>Deleted dataset {0}</source>
            <translation>Datensatz {0} gelöscht</translation>
        </message>
        <message>
            <source>Import NATO release</source>
            <translation>NATO-Veröffentlichung importieren</translation>
        </message>
        <message>
            <source>NATO tables or CSV template (*.xlsx *.csv)</source>
            <translation>NATO-Tabellen oder CSV-Vorlage (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>DatasetManagerDialog</name>
        <message>
            <source>Datasets</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Verwendet</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>Cut-off</source>
            <translation>Stichtag</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <source>&amp;Use</source>
            <translation>&amp;Verwenden</translation>
        </message>
        <message>
            <source>Project with the selected dataset from now on</source>
            <translation>Ab jetzt mit dem gewählten Datensatz projizieren</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Delete an imported dataset (never the bundled one)</source>
            <translation>Einen importierten Datensatz löschen (nie den mitgelieferten)</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>mitgeliefert</translation>
        </message>
        <message>
            <source>{0} (damaged)</source>
            <translation>{0} (beschädigt)</translation>
        </message>
        <message>
            <source>ships with the app</source>
            <translation>mit der App geliefert</translation>
        </message>
        <message>
            <source>{0}. Editions: {1}.</source>
            <translation>{0}. Ausgaben: {1}.</translation>
        </message>
    </context>
    <context>
        <name>EconomyPanel</name>
        <message>
            <source>Economy (GDP path)</source>
            <translation>Wirtschaft (BIP-Pfad)</translation>
        </message>
        <message>
            <source>IMF baseline (WEO Oct 2025)</source>
            <translation>IWF-Basislinie (WEO Okt. 2025)</translation>
        </message>
        <message>
            <source>Constant rates</source>
            <translation>Konstante Raten</translation>
        </message>
        <message>
            <source>Economy preset</source>
            <translation>Wirtschaftsvorgabe</translation>
        </message>
        <message>
            <source>IMF baseline: the IMF's real growth and GDP deflator to 2030, held after 2030. Constant: the rates below for every year.</source>
            <translation>IWF-Basislinie: reales Wachstum und BIP-Deflator des IWF bis 2030, danach gehalten. Konstant: die Raten unten für jedes Jahr.</translation>
        </message>
        <message>
            <source> % a year</source>
            <translation> % pro Jahr</translation>
        </message>
        <message>
            <source> % · IMF path</source>
            <translation> % · IWF-Pfad</translation>
        </message>
        <message>
            <source>Real GDP growth</source>
            <translation>Reales BIP-Wachstum</translation>
        </message>
        <message>
            <source>Real GDP growth each year (constant preset).</source>
            <translation>Reales BIP-Wachstum pro Jahr (konstante Raten).</translation>
        </message>
        <message>
            <source>Inflation (GDP deflator)</source>
            <translation>Inflation (BIP-Deflator)</translation>
        </message>
        <message>
            <source>GDP deflator inflation each year (constant preset).</source>
            <translation>Inflation des BIP-Deflators pro Jahr (konstante Raten).</translation>
        </message>
        <message>
            <source> pp</source>
            <translation> Pp.</translation>
        </message>
        <message>
            <source>Growth adjustment</source>
            <translation>Wachstumsanpassung</translation>
        </message>
        <message>
            <source>Percentage points added to real growth in every year, on top of either preset (negative for a downturn).</source>
            <translation>Prozentpunkte, die jedes Jahr zum realen Wachstum hinzukommen, zusätzlich zu beiden Vorgaben (negativ für einen Abschwung).</translation>
        </message>
        <message>
            <source>Inflation adjustment</source>
            <translation>Inflationsanpassung</translation>
        </message>
        <message>
            <source>Percentage points added to inflation in every year, on top of either preset.</source>
            <translation>Prozentpunkte, die jedes Jahr zur Inflation hinzukommen, zusätzlich zu beiden Vorgaben.</translation>
        </message>
        <message>
            <source>Real growth from</source>
            <translation>Reales Wachstum nach</translation>
        </message>
        <message>
            <source>Constant: the real growth set here for every year. IMF path: the IMF's real growth to 2030, held after (shown greyed), while inflation is constant.</source>
            <translation>Konstant: das hier eingestellte reale Wachstum für jedes Jahr. IWF-Pfad: das reale Wachstum des IWF bis 2030, danach gehalten (grau angezeigt), während die Inflation konstant ist.</translation>
        </message>
        <message>
            <source>Inflation from</source>
            <translation>Inflation nach</translation>
        </message>
        <message>
            <source>Constant: the inflation set here for every year. IMF path: the IMF's GDP deflator to 2030, held after (shown greyed), while real growth is constant.</source>
            <translation>Konstant: die hier eingestellte Inflation für jedes Jahr. IWF-Pfad: der BIP-Deflator des IWF bis 2030, danach gehalten (grau angezeigt), während das reale Wachstum konstant ist.</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Vorgabe</translation>
        </message>
        <message>
            <source>Real growth</source>
            <translation>Reales Wachstum</translation>
        </message>
        <message>
            <source>Inflation</source>
            <translation>Inflation</translation>
        </message>
        <message>
            <source>Growth adj.</source>
            <translation>Wachstumsanp.</translation>
        </message>
        <message>
            <source>Inflation adj.</source>
            <translation>Inflationsanp.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Growth %</source>
            <translation>Wachstum %</translation>
        </message>
        <message>
            <source>Inflation %</source>
            <translation>Inflation %</translation>
        </message>
        <message>
            <source>Per-year overrides</source>
            <translation>Jahreswerte</translation>
        </message>
        <message>
            <source>Replace the real growth and/or inflation of single years (either preset, after the adjustments). Leave a cell blank to keep the preset's rate. F2 or typing edits a cell.</source>
            <translation>Reales Wachstum und/oder Inflation einzelner Jahre ersetzen (bei beiden Vorgaben, nach den Anpassungen). Lassen Sie eine Zelle leer, um die Rate der Vorgabe zu behalten. F2 oder Tippen bearbeitet eine Zelle.</translation>
        </message>
        <message>
            <source>Add year</source>
            <translation>Jahr hinzufügen</translation>
        </message>
        <message>
            <source>Add override year</source>
            <translation>Jahr mit eigenem Wert hinzufügen</translation>
        </message>
        <message>
            <source>Add the next year without an override and start typing its growth.</source>
            <translation>Das nächste Jahr ohne eigenen Wert hinzufügen und sein Wachstum eintippen.</translation>
        </message>
        <message>
            <source>Remove year</source>
            <translation>Jahr entfernen</translation>
        </message>
        <message>
            <source>Remove override year</source>
            <translation>Jahr mit eigenem Wert entfernen</translation>
        </message>
        <message>
            <source>Remove the selected override years.</source>
            <translation>Die gewählten Jahre mit eigenem Wert entfernen.</translation>
        </message>
        <message>
            <source>Per-year overrides (blank keeps the preset)</source>
            <translation>Jahreswerte (leer behält die Vorgabe)</translation>
        </message>
        <message>
            <source>GDP, bn</source>
            <translation>BIP, Mrd.</translation>
        </message>
        <message>
            <source>GDP path</source>
            <translation>BIP-Pfad</translation>
        </message>
        <message>
            <source>Nominal GDP in billions of national currency, current prices, for some years (for example the finance ministry's forecast). Constant growth between the years given and from the base year to the first; after the last, the growth above continues. F2 or typing edits a cell.</source>
            <translation>Nominales BIP in Milliarden Landeswährung, laufende Preise, für einzelne Jahre (zum Beispiel die Prognose des Finanzministeriums). Konstantes Wachstum zwischen den angegebenen Jahren und vom Basisjahr bis zum ersten; nach dem letzten gilt das Wachstum oben weiter. F2 oder Tippen bearbeitet eine Zelle.</translation>
        </message>
        <message>
            <source>Add GDP year</source>
            <translation>BIP-Jahr hinzufügen</translation>
        </message>
        <message>
            <source>Add the next year, starting from the GDP the projection has for it.</source>
            <translation>Das nächste Jahr hinzufügen, ausgehend vom BIP, das die Projektion dafür hat.</translation>
        </message>
        <message>
            <source>Remove GDP year</source>
            <translation>BIP-Jahr entfernen</translation>
        </message>
        <message>
            <source>Remove the selected GDP years.</source>
            <translation>Die gewählten BIP-Jahre entfernen.</translation>
        </message>
        <message>
            <source>e.g. Budget plan 2026</source>
            <translation>z. B. Haushaltsplan 2026</translation>
        </message>
        <message>
            <source>GDP source</source>
            <translation>Quelle des BIP</translation>
        </message>
        <message>
            <source>Whose forecast the GDP path is; stated in every output.</source>
            <translation>Wessen Prognose der BIP-Pfad ist; in jeder Ausgabe genannt.</translation>
        </message>
        <message>
            <source>GDP path (blank: from the rates above)</source>
            <translation>BIP-Pfad (leer: aus den Raten oben)</translation>
        </message>
        <message>
            <source>Constant</source>
            <translation>Konstant</translation>
        </message>
        <message>
            <source>IMF path</source>
            <translation>IWF-Pfad</translation>
        </message>
    </context>
    <context>
        <name>ExportDispatch</name>
        <message>
            <source>&amp;Export</source>
            <extracomment>Every error an export or a file operation reports with a one-line message.</extracomment>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>PDF brief (&amp;A4)…</source>
            <translation>PDF-Kurzbericht (&amp;A4)…</translation>
        </message>
        <message>
            <source>PDF brief (&amp;Letter)…</source>
            <translation>PDF-Kurzbericht (&amp;Letter)…</translation>
        </message>
        <message>
            <source>&amp;Excel workbook…</source>
            <translation>&amp;Excel-Arbeitsmappe…</translation>
        </message>
        <message>
            <source>&amp;CSV yearly table…</source>
            <translation>&amp;CSV-Jahrestabelle…</translation>
        </message>
        <message>
            <source>&amp;JSON projection…</source>
            <translation>&amp;JSON-Projektion…</translation>
        </message>
        <message>
            <source>Chart &amp;PNG…</source>
            <translation>Diagramm als &amp;PNG…</translation>
        </message>
        <message>
            <source>Chart &amp;SVG…</source>
            <translation>Diagramm als &amp;SVG…</translation>
        </message>
        <message>
            <source>Export a&amp;lliance overview</source>
            <translation>Bündnis&amp;übersicht exportieren</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>Co&amp;mparison</source>
            <translation>Ver&amp;gleich</translation>
        </message>
        <message>
            <source>&amp;CSV table…</source>
            <translation>&amp;CSV-Tabelle…</translation>
        </message>
        <message>
            <source>Nothing to compare: no pinned scenarios.</source>
            <translation>Nichts zu vergleichen: keine angehefteten Szenarien.</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>{0} geschrieben</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV tables (*.csv)</source>
            <translation>CSV-Tabellen (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG-Bilder (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>FiscalView</name>
        <message>
            <source>Budget impact sentence</source>
            <translation>Satz zur Haushaltswirkung</translation>
        </message>
        <message>
            <source>Borrowed</source>
            <translation>Kreditfinanziert</translation>
        </message>
        <message>
            <source>Share of the extra spending that is borrowed</source>
            <translation>Anteil der Zusatzausgaben, der über Kredite finanziert wird</translation>
        </message>
        <message>
            <source>Taxes or cuts</source>
            <translation>Steuern oder Kürzungen</translation>
        </message>
        <message>
            <source>Share paid for by higher taxes or cuts in other spending (100 % − borrowed)</source>
            <translation>Anteil, der durch höhere Steuern oder Kürzungen anderer Ausgaben bezahlt wird (100 % − kreditfinanziert)</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Zinssatz</translation>
        </message>
        <message>
            <source>Effective interest rate on the extra debt, % a year, nominal (an assumption: the IMF publishes no such rate)</source>
            <translation>Effektiver Zinssatz auf die zusätzlichen Schulden, % pro Jahr, nominal (eine Annahme: der IWF veröffentlicht keinen solchen Satz)</translation>
        </message>
        <message>
            <source>As the Council decided</source>
            <translation>Wie vom Rat beschlossen</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Ein</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>EU escape clause</source>
            <translation>Ausweichklausel der EU</translation>
        </message>
        <message>
            <source>Activated on 8 July 2025 for 15 states (as reported); switch it per ally</source>
            <translation>Am 8. Juli 2025 für 15 Staaten aktiviert (laut Berichten); je Verbündeten schaltbar</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Zinsen</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>Finanzierung</translation>
        </message>
        <message>
            <source>Financing reading</source>
            <translation>Ablesung der Finanzierung</translation>
        </message>
        <message>
            <source>Debt effect</source>
            <translation>Wirkung auf die Schulden</translation>
        </message>
        <message>
            <source>Escape clause</source>
            <translation>Ausweichklausel</translation>
        </message>
        <message>
            <source>Debt brake</source>
            <translation>Schuldenbremse</translation>
        </message>
        <message>
            <source>Fiscal assumptions</source>
            <translation>Haushaltsannahmen</translation>
        </message>
        <message>
            <source>Financing and fiscal rules</source>
            <translation>Finanzierung und Fiskalregeln</translation>
        </message>
        <message>
            <source>Debt chart</source>
            <translation>Schuldendiagramm</translation>
        </message>
        <message>
            <source>Extra deficit chart</source>
            <translation>Diagramm des zusätzlichen Defizits</translation>
        </message>
        <message>
            <source>Escape clause meter</source>
            <translation>Anzeige der Ausweichklausel</translation>
        </message>
        <message>
            <source>gross government debt, % of GDP</source>
            <translation>Bruttostaatsschulden, % des BIP</translation>
        </message>
        <message>
            <source>Debt with and without the extra spending</source>
            <translation>Schulden mit und ohne die Zusatzausgaben</translation>
        </message>
        <message>
            <source>IMF, history</source>
            <translation>IWF, Historie</translation>
        </message>
        <message>
            <source>without the extra spending</source>
            <translation>ohne die Zusatzausgaben</translation>
        </message>
        <message>
            <source>with the extra spending</source>
            <translation>mit den Zusatzausgaben</translation>
        </message>
        <message>
            <source>IMF's own path (WEO Oct. 2025, to 2030)</source>
            <translation>Eigener Pfad des IWF (WEO Okt. 2025, bis 2030)</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% des BIP</translation>
        </message>
        <message>
            <source>Extra deficit per year</source>
            <translation>Zusätzliches Defizit pro Jahr</translation>
        </message>
        <message>
            <source>points of GDP over 2021</source>
            <translation>BIP-Punkte über 2021</translation>
        </message>
        <message>
            <source>covered</source>
            <translation>gedeckt</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>nicht gedeckt</translation>
        </message>
        <message>
            <source>2028 cliff</source>
            <translation>Klippe 2028</translation>
        </message>
        <message>
            <source>EU escape clause: off</source>
            <translation>Ausweichklausel der EU: aus</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>Benutzerhandbuch</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Benutzerhandbuch</translation>
        </message>
        <message>
            <source>&amp;Tour</source>
            <translation>&amp;Rundgang</translation>
        </message>
        <message>
            <source>Three steps: pick an ally, move a slider, export</source>
            <translation>Drei Schritte: Verbündeten wählen, Schieberegler bewegen, exportieren</translation>
        </message>
        <message>
            <source>&amp;Describe chart</source>
            <translation>Diagramm &amp;beschreiben</translation>
        </message>
        <message>
            <source>The chart on show, in words</source>
            <translation>Das angezeigte Diagramm in Worten</translation>
        </message>
        <message>
            <source>Pick an ally</source>
            <translation>Verbündeten wählen</translation>
        </message>
        <message>
            <source>Choose an ally here (type a name or its code and press Enter). The chart, scoreboard and sentence show its path to 2.1 %, 3.5 % and 5 %.</source>
            <translation>Wählen Sie hier einen Verbündeten (Namen oder Code eintippen und Eingabe drücken). Diagramm, Übersicht und Satz zeigen seinen Pfad zu 2,1 %, 3,5 % und 5 %.</translation>
        </message>
        <message>
            <source>Move a slider</source>
            <translation>Schieberegler bewegen</translation>
        </message>
        <message>
            <source>Change how core spending grows: drag the slider or type a value (arrow keys and Page Up/Down move it). Everything updates at once; Ctrl+Z undoes.</source>
            <translation>Ändern Sie, wie die Kernausgaben wachsen: Schieberegler ziehen oder einen Wert eintippen (Pfeiltasten und Bild auf/ab bewegen ihn). Alles wird sofort aktualisiert; Strg+Z macht rückgängig.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>File &gt; Export writes the scenario as a PDF brief, an Excel workbook, CSV, JSON or a chart picture. Help &gt; User guide explains every view.</source>
            <translation>Datei &gt; Exportieren schreibt das Szenario als PDF-Kurzbericht, Excel-Arbeitsmappe, CSV, JSON oder Diagrammbild. Hilfe &gt; Benutzerhandbuch erklärt jede Ansicht.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>A new language applies after a restart</source>
            <translation>Eine neue Sprache gilt nach einem Neustart</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Defence Budget What-If Calculator</source>
            <translation>Szenariorechner für Verteidigungshaushalte</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Annahmen</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Results by threshold</source>
            <translation>Ergebnisse je Schwelle</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Ergebnisse</translation>
        </message>
        <message>
            <source>&amp;Yearly table</source>
            <translation>&amp;Jahrestabelle</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Vergleichen</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>&amp;This ally</source>
            <translation>Dieser &amp;Verbündete</translation>
        </message>
        <message>
            <source>All&amp;iance overview</source>
            <translation>Bündnis&amp;übersicht</translation>
        </message>
        <message>
            <source>&amp;Budget impact</source>
            <translation>&amp;Haushaltswirkung</translation>
        </message>
        <message>
            <source>Ho&amp;w sure?</source>
            <translation>&amp;Wie sicher?</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Ansicht</translation>
        </message>
        <message>
            <source>Vi&amp;ntages</source>
            <translation>&amp;Datenstände</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Reset to &amp;defaults</source>
            <translation>Auf &amp;Standard zurücksetzen</translation>
        </message>
        <message>
            <source>Default assumptions for the selected ally</source>
            <translation>Standardannahmen für den gewählten Verbündeten</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Daten</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Methodology</source>
            <translation>&amp;Methodik</translation>
        </message>
        <message>
            <source>&amp;About and sources</source>
            <translation>Ü&amp;ber und Quellen</translation>
        </message>
        <message>
            <source>{0}: the window speaks it from the next start</source>
            <translation>{0}: das Fenster verwendet sie ab dem nächsten Start</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Every ally under the current assumptions</source>
            <translation>Alle Verbündeten unter den aktuellen Annahmen</translation>
        </message>
        <message>
            <source>&amp;Compare pinned scenarios</source>
            <translation>Angeheftete Szenarien &amp;vergleichen</translation>
        </message>
        <message>
            <source>&amp;Scenarios</source>
            <translation>&amp;Szenarien</translation>
        </message>
        <message>
            <source>&amp;Pin current scenario</source>
            <translation>Aktuelles Szenario &amp;anheften</translation>
        </message>
        <message>
            <source>Keep the current assumptions on the share chart for comparison (up to 5)</source>
            <translation>Die aktuellen Annahmen zum Vergleich im Anteilsdiagramm behalten (bis zu 5)</translation>
        </message>
        <message>
            <source>&amp;Unpin all</source>
            <translation>Alle &amp;lösen</translation>
        </message>
        <message>
            <source>Pinned “{0}” ({1} of 5)</source>
            <translation>„{0}“ angeheftet ({1} von 5)</translation>
        </message>
    </context>
    <context>
        <name>MethodologyDialog</name>
        <message>
            <source>Methodology</source>
            <translation>Methodik</translation>
        </message>
    </context>
    <context>
        <name>MoneyPanel</name>
        <message>
            <source>Money and baseline</source>
            <translation>Geld und Vergleichsbasis</translation>
        </message>
        <message>
            <source>Current prices</source>
            <extracomment>Asks for a scenario file to use as the baseline (``None``: cancelled); tests replace it so that no dialog opens.</extracomment>
            <translation>Laufende Preise</translation>
        </message>
        <message>
            <source>Constant prices</source>
            <translation>Konstante Preise</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Preise</translation>
        </message>
        <message>
            <source>Current prices: each year's cash. Constant: in prices of the base year, deflated by the scenario's GDP deflator ("in today's terms").</source>
            <translation>Laufende Preise: das Geld jedes Jahres. Konstant: in Preisen des Basisjahres, mit dem BIP-Deflator des Szenarios bereinigt („in heutigem Geld“).</translation>
        </message>
        <message>
            <source>National currency</source>
            <translation>Landeswährung</translation>
        </message>
        <message>
            <source>US dollars (USD)</source>
            <translation>US-Dollar (USD)</translation>
        </message>
        <message>
            <source>Euros (EUR)</source>
            <translation>Euro (EUR)</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Converted at the exchange rate implied by the IMF (NGDP / NGDPD), held at its 2030 value afterwards; euros through the euro area's implied rate. The rate used is listed with the results.</source>
            <translation>Umgerechnet zum vom IWF implizierten Wechselkurs (NGDP / NGDPD), danach auf dem Wert von 2030 gehalten; Euro über den implizierten Kurs des Euroraums. Der verwendete Kurs steht bei den Ergebnissen.</translation>
        </message>
        <message>
            <source>Constant share of GDP</source>
            <translation>Konstanter Anteil am BIP</translation>
        </message>
        <message>
            <source>Cash freeze</source>
            <translation>Nominales Einfrieren</translation>
        </message>
        <message>
            <source>Real freeze</source>
            <translation>Reales Einfrieren</translation>
        </message>
        <message>
            <source>A saved scenario file…</source>
            <translation>Eine gespeicherte Szenariodatei…</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Vergleichsbasis</translation>
        </message>
        <message>
            <source>What the extra spending is measured against: the base-year share of GDP, the base-year cash amount, the base-year amount kept up with inflation, or the core spending path of a saved scenario of the same ally (for example the government's current plan).</source>
            <translation>Womit die Zusatzausgaben verglichen werden: dem BIP-Anteil des Basisjahres, dem nominalen Betrag des Basisjahres, diesem Betrag mit der Inflation fortgeschrieben oder dem Kernausgabenpfad eines gespeicherten Szenarios desselben Verbündeten (zum Beispiel dem aktuellen Plan der Regierung).</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <source>Choose baseline file</source>
            <translation>Datei der Vergleichsbasis wählen</translation>
        </message>
        <message>
            <source>Use the core spending path of a saved scenario file as the baseline.</source>
            <translation>Den Kernausgabenpfad einer gespeicherten Szenariodatei als Vergleichsbasis verwenden.</translation>
        </message>
        <message>
            <source>Baseline file</source>
            <translation>Datei der Vergleichsbasis</translation>
        </message>
        <message>
            <source>Sum from</source>
            <translation>Summe ab</translation>
        </message>
        <message>
            <source>First year summed.</source>
            <translation>Erstes summiertes Jahr.</translation>
        </message>
        <message>
            <source>Sum to</source>
            <translation>Summe bis</translation>
        </message>
        <message>
            <source>Last year summed.</source>
            <translation>Letztes summiertes Jahr.</translation>
        </message>
        <message>
            <source>The extra spending against the baseline is added up over these years (default: the year after the base year to 2035).</source>
            <translation>Die Zusatzausgaben gegenüber der Vergleichsbasis werden über diese Jahre summiert (Standard: vom Jahr nach dem Basisjahr bis 2035).</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Sum over</source>
            <translation>Summe über</translation>
        </message>
        <message>
            <source>Baseline: a saved scenario of the same ally</source>
            <translation>Vergleichsbasis: ein gespeichertes Szenario desselben Verbündeten</translation>
        </message>
        <message>
            <source>Scenarios (*.scenario.json *.json)</source>
            <translation>Szenarien (*.scenario.json *.json)</translation>
        </message>
        <message>
            <source>Baseline: {0}</source>
            <translation>Vergleichsbasis: {0}</translation>
        </message>
        <message>
            <source>National currency ({0})</source>
            <translation>Landeswährung ({0})</translation>
        </message>
        <message>
            <source>Constant {0} prices</source>
            <translation>Konstante Preise von {0}</translation>
        </message>
    </context>
    <context>
        <name>PinnedScenarios</name>
        <message>
            <source>This scenario is pinned already.</source>
            <translation>Dieses Szenario ist bereits angeheftet.</translation>
        </message>
        <message>
            <source>At most {0} scenarios can be pinned; unpin one first.</source>
            <translation>Höchstens {0} Szenarien können angeheftet werden; lösen Sie zuerst eines.</translation>
        </message>
    </context>
    <context>
        <name>ProjectionChart</name>
        <message>
            <source>Share of GDP</source>
            <translation>Anteil am BIP</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Geld</translation>
        </message>
        <message>
            <source>Chart view</source>
            <translation>Diagrammansicht</translation>
        </message>
        <message>
            <source>Help &gt; Describe chart (Ctrl+Shift+D) reads this chart in words.</source>
            <translation>Hilfe &gt; Diagramm beschreiben (Strg+Umschalt+D) beschreibt dieses Diagramm in Worten.</translation>
        </message>
        <message>
            <source>Share of GDP chart</source>
            <translation>Diagramm des BIP-Anteils</translation>
        </message>
        <message>
            <source>Money chart</source>
            <translation>Gelddiagramm</translation>
        </message>
        <message>
            <source>Switch between the share of GDP and the money per year</source>
            <translation>Zwischen dem Anteil am BIP und dem Geld pro Jahr wechseln</translation>
        </message>
        <message>
            <source>Chart read-out</source>
            <translation>Ablesung des Diagramms</translation>
        </message>
        <message>
            <source>Point at the chart to read a year's share and money.</source>
            <translation>Zeigen Sie auf das Diagramm, um Anteil und Geld eines Jahres abzulesen.</translation>
        </message>
    </context>
    <context>
        <name>ProjectionPlots</name>
        <message>
            <source>Year (NATO fiscal year)</source>
            <translation>Jahr (NATO-Haushaltsjahr)</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% des BIP</translation>
        </message>
        <message>
            <source>NATO, published (hollow: estimate)</source>
            <translation>NATO, veröffentlicht (hohl: Schätzung)</translation>
        </message>
        <message>
            <source>Core defence, projected</source>
            <translation>Kernverteidigung, projiziert</translation>
        </message>
        <message>
            <source>Core + related (total), projected</source>
            <translation>Kern + verwandte Ausgaben (gesamt), projiziert</translation>
        </message>
        <message>
            <source>{0} review</source>
            <translation>Überprüfung {0}</translation>
        </message>
        <message>
            <source>{0} target</source>
            <translation>Ziel {0}</translation>
        </message>
        <message>
            <source>billions, national currency</source>
            <translation>Milliarden, Landeswährung</translation>
        </message>
        <message>
            <source>NATO, published</source>
            <translation>NATO, veröffentlicht</translation>
        </message>
        <message>
            <source>Core + related (total)</source>
            <translation>Kern + verwandte Ausgaben (gesamt)</translation>
        </message>
        <message>
            <source>Needed for each threshold</source>
            <translation>Nötig für jede Schwelle</translation>
        </message>
        <message>
            <source>Core share, 10th–90th percentile of the draws</source>
            <translation>Kernanteil, 10. bis 90. Perzentil der Ziehungen</translation>
        </message>
        <message>
            <source>core</source>
            <translation>Kern</translation>
        </message>
        <message>
            <source>total</source>
            <translation>gesamt</translation>
        </message>
        <message>
            <source> · already met</source>
            <translation> · bereits erfüllt</translation>
        </message>
        <message>
            <source>{0} in {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>→ {0} in {1}</source>
            <translation>→ {0} {1}</translation>
        </message>
        <message>
            <source>{0} {1}: {2}</source>
            <translation>{0} {1}: {2}</translation>
        </message>
        <message>
            <source>millions of {0}, current prices</source>
            <translation>Millionen {0}, laufende Preise</translation>
        </message>
        <message>
            <source>billions of {0}, current prices</source>
            <translation>Mrd. {0}, laufende Preise</translation>
        </message>
        <message>
            <source>NATO published {0}
→ derived {1} ({2:+.0f} %)</source>
            <translation>NATO veröffentlicht {0}
→ abgeleitet {1} ({2:+.0f} %)</translation>
        </message>
        <message>
            <source>{0}: core {1:.2f} % of GDP = {2}</source>
            <translation>{0}: Kern {1:.2f} % des BIP = {2}</translation>
        </message>
        <message>
            <source> · {0} published</source>
            <translation> · {0} veröffentlicht</translation>
        </message>
        <message>
            <source>total {0:.2f} %</source>
            <translation>gesamt {0:.2f} %</translation>
        </message>
        <message>
            <source>GDP {0:,.0f} bn {1}</source>
            <translation>BIP {0:,.0f} Mrd. {1}</translation>
        </message>
        <message>
            <source>draws 10–90 %: {0:.2f}–{1:.2f} %</source>
            <translation>Ziehungen 10–90 %: {0:.2f}–{1:.2f} %</translation>
        </message>
        <message>
            <source>base year, NATO</source>
            <translation>Basisjahr, NATO</translation>
        </message>
        <message>
            <source>projected</source>
            <translation>projiziert</translation>
        </message>
        <message>
            <source>{0}: NATO {1:.2f} % of GDP ({2})</source>
            <translation>{0}: NATO {1:.2f} % des BIP ({2})</translation>
        </message>
    </context>
    <context>
        <name>RecentFiles</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>File not found</source>
            <translation>Datei nicht gefunden</translation>
        </message>
        <message>
            <source>{0}: no such file; removed from the recent files.</source>
            <translation>{0}: Datei existiert nicht; aus den zuletzt geöffneten Dateien entfernt.</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Keine zuletzt geöffneten Dateien</translation>
        </message>
        <message>
            <source>&amp;Clear list</source>
            <translation>Liste &amp;leeren</translation>
        </message>
    </context>
    <context>
        <name>RelatedSpendingPanel</name>
        <message>
            <source>Related spending (the 1.5 % track)</source>
            <translation>Verwandte Ausgaben (der 1,5-%-Pfad)</translation>
        </message>
        <message>
            <source>Constant share</source>
            <translation>Konstanter Anteil</translation>
        </message>
        <message>
            <source>Glide path to a share</source>
            <translation>Gleitpfad zu einem Anteil</translation>
        </message>
        <message>
            <source>Related spending path</source>
            <translation>Pfad der verwandten Ausgaben</translation>
        </message>
        <message>
            <source> % of GDP</source>
            <translation> % des BIP</translation>
        </message>
        <message>
            <source>Related spending share</source>
            <translation>Anteil der verwandten Ausgaben</translation>
        </message>
        <message>
            <source>Related spending as a share of GDP (the starting share for a glide).</source>
            <translation>Verwandte Ausgaben als Anteil am BIP (der Startanteil eines Gleitpfads).</translation>
        </message>
        <message>
            <source>Related glide target</source>
            <translation>Ziel des verwandten Gleitpfads</translation>
        </message>
        <message>
            <source>Share reached by the glide year.</source>
            <translation>Im Zieljahr erreichter Anteil.</translation>
        </message>
        <message>
            <source>Related glide year</source>
            <translation>Verwandtes Zieljahr</translation>
        </message>
        <message>
            <source>Year the related target share is reached.</source>
            <translation>Jahr, in dem der verwandte Zielanteil erreicht wird.</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for this category, so it starts at 0 %. At most {0:g} % of GDP counts towards the 5 % total.</source>
            <translation>Die NATO veröffentlicht für diese Kategorie keine Zahl je Verbündeten, daher beginnt sie bei 0 %. Höchstens {0:g} % des BIP zählen zur Summe von 5 %.</translation>
        </message>
        <message>
            <source>Related spending cap</source>
            <translation>Obergrenze der verwandten Ausgaben</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>By year</source>
            <translation>Bis Jahr</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>Threshold results</source>
            <translation>Ergebnisse je Schwelle</translation>
        </message>
        <message>
            <source>Gap: how far the projected share in the target year is short of the threshold, or above it. Required growth: constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
            <translation>Lücke: wie weit der projizierte Anteil im Zieljahr unter der Schwelle liegt oder darüber. Nötiges Wachstum: konstantes nominales Wachstum der Kernausgaben ab dem Basisjahr, das die Schwelle im Zieljahr erreicht.</translation>
        </message>
        <message>
            <source>Your own numbers</source>
            <translation>Ihre eigenen Zahlen</translation>
        </message>
        <message>
            <source>In {0}: core defence is {1:.1f} % of government spending and {2} {3} per person.</source>
            <translation>{0}: Die Kernverteidigung macht {1:.1f} % der Staatsausgaben und {2} {3} je Einwohner aus.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioFiles</name>
        <message>
            <source>&amp;New</source>
            <extracomment>Switches the window to a dataset by id and says whether it did (the window's DatasetActions.switch_to); lets Open offer a file's recorded dataset.</extracomment>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <source>Start again from the default assumptions</source>
            <translation>Mit den Standardannahmen neu beginnen</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Defence Budget What-If Calculator</source>
            <translation>Szenariorechner für Verteidigungshaushalte</translation>
        </message>
        <message>
            <source>{0} · {1}[*] — {2}</source>
            <translation>{0} · {1}[*] — {2}</translation>
        </message>
        <message>
            <source>{0}[*] — {1}</source>
            <translation>{0}[*] — {1}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save the changes to “{0}”?</source>
            <translation>Änderungen an „{0}“ speichern?</translation>
        </message>
        <message>
            <source>Your changes will be lost if you don't save them.</source>
            <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
        </message>
        <message>
            <source>Untitled ({0})</source>
            <translation>Unbenannt ({0})</translation>
        </message>
        <message>
            <source>Cannot open the scenario</source>
            <translation>Das Szenario kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>{0} geöffnet</translation>
        </message>
        <message>
            <source>Open with {0}</source>
            <translation>Mit {0} öffnen</translation>
        </message>
        <message>
            <source>Different dataset</source>
            <translation>Anderer Datensatz</translation>
        </message>
        <message>
            <source>{0} was saved with dataset {1}; the active dataset is {2}.</source>
            <translation>{0} wurde mit dem Datensatz {1} gespeichert; aktiv ist der Datensatz {2}.</translation>
        </message>
        <message>
            <source>Open it with either dataset; projected figures can differ between them.</source>
            <translation>Mit einem der beiden Datensätze öffnen; die projizierten Zahlen können sich unterscheiden.</translation>
        </message>
        <message>
            <source>Dataset {0} is not here (Data ▸ Datasets… lists those that are). Open it with dataset {1}? Projected figures can differ from when it was saved.</source>
            <translation>Der Datensatz {0} ist nicht vorhanden (Daten ▸ Datensätze… listet die vorhandenen). Mit dem Datensatz {1} öffnen? Die projizierten Zahlen können von denen beim Speichern abweichen.</translation>
        </message>
        <message>
            <source>Open scenario</source>
            <translation>Szenario öffnen</translation>
        </message>
        <message>
            <source>Scenarios (*.scenario.json)</source>
            <translation>Szenarien (*.scenario.json)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Cannot save the scenario</source>
            <translation>Das Szenario kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>{0} gespeichert</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Szenario speichern</translation>
        </message>
        <message>
            <source>Save the changes to “{0}” before quitting?</source>
            <translation>Änderungen an „{0}“ vor dem Beenden speichern?</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Untitled scenario</source>
            <translation>Unbenanntes Szenario</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Name des Szenarios</translation>
        </message>
        <message>
            <source>Shown in the window title and on exported reports</source>
            <translation>Erscheint im Fenstertitel und in exportierten Berichten</translation>
        </message>
        <message>
            <source>Notes: purpose, sources, caveats…</source>
            <translation>Notizen: Zweck, Quellen, Vorbehalte…</translation>
        </message>
        <message>
            <source>Scenario notes</source>
            <translation>Notizen zum Szenario</translation>
        </message>
        <message>
            <source>Free text, saved with the scenario and printed in the PDF brief</source>
            <translation>Freier Text, mit dem Szenario gespeichert und im PDF-Kurzbericht gedruckt</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otizen</translation>
        </message>
    </context>
    <context>
        <name>Scoreboard</name>
        <message>
            <source>Scoreboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>No threshold is switched on.</source>
            <translation>Keine Schwelle ist eingeschaltet.</translation>
        </message>
    </context>
    <context>
        <name>SentenceBar</name>
        <message>
            <source>Summary sentence</source>
            <translation>Zusammenfassender Satz</translation>
        </message>
        <message>
            <source>Copy sentence</source>
            <translation>Satz kopieren</translation>
        </message>
        <message>
            <source>Copy summary sentence</source>
            <translation>Zusammenfassenden Satz kopieren</translation>
        </message>
        <message>
            <source>Copy the sentence to paste into a briefing</source>
            <translation>Den Satz kopieren, um ihn in ein Briefing einzufügen</translation>
        </message>
    </context>
    <context>
        <name>ThresholdsPanel</name>
        <message>
            <source>Thresholds</source>
            <translation>Schwellen</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Ein</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% des BIP</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maß</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Each threshold is tested against the core share or the total (core + counted related) share; its target year is where the gap and the required growth are measured.</source>
            <translation>Jede Schwelle wird am Kernanteil oder am Gesamtanteil (Kern + angerechnete verwandte Ausgaben) geprüft; in ihrem Zieljahr werden Lücke und nötiges Wachstum gemessen.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add threshold</source>
            <translation>Schwelle hinzufügen</translation>
        </message>
        <message>
            <source>Add a threshold.</source>
            <translation>Eine Schwelle hinzufügen.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove threshold</source>
            <translation>Schwelle entfernen</translation>
        </message>
        <message>
            <source>Remove the selected thresholds.</source>
            <translation>Die gewählten Schwellen entfernen.</translation>
        </message>
        <message>
            <source>Add Wales 2 %</source>
            <translation>Wales 2 % hinzufügen</translation>
        </message>
        <message>
            <source>Add Wales threshold</source>
            <translation>Schwelle von Wales hinzufügen</translation>
        </message>
        <message>
            <source>Add the 2014 Wales guideline of 2 % of GDP.</source>
            <translation>Die Richtlinie von Wales (2014) von 2 % des BIP hinzufügen.</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Restore default thresholds</source>
            <translation>Standardschwellen wiederherstellen</translation>
        </message>
        <message>
            <source>2.1 % core (Spain's position), 3.5 % core and 5 % total (The Hague).</source>
            <translation>2,1 % Kern (Position Spaniens), 3,5 % Kern und 5 % gesamt (Den Haag).</translation>
        </message>
        <message>
            <source>Test this threshold</source>
            <translation>Diese Schwelle prüfen</translation>
        </message>
        <message>
            <source>Threshold value</source>
            <translation>Wert der Schwelle</translation>
        </message>
        <message>
            <source>Share of GDP to test, in %.</source>
            <translation>Zu prüfender Anteil am BIP, in %.</translation>
        </message>
        <message>
            <source>core</source>
            <translation>Kern</translation>
        </message>
        <message>
            <source>total</source>
            <translation>gesamt</translation>
        </message>
        <message>
            <source>Threshold measure</source>
            <translation>Maß der Schwelle</translation>
        </message>
        <message>
            <source>core: NATO core defence share. total: core + related (counted up to 1.5 %).</source>
            <translation>Kern: NATO-Anteil der Kernverteidigung. gesamt: Kern + verwandte Ausgaben (bis 1,5 % angerechnet).</translation>
        </message>
        <message>
            <source>Threshold target year</source>
            <translation>Zieljahr der Schwelle</translation>
        </message>
        <message>
            <source>Year the gap and the required growth are measured.</source>
            <translation>Jahr, in dem Lücke und nötiges Wachstum gemessen werden.</translation>
        </message>
        <message>
            <source>Threshold label</source>
            <translation>Bezeichnung der Schwelle</translation>
        </message>
        <message>
            <source>Name shown on the chart.</source>
            <translation>Im Diagramm angezeigter Name.</translation>
        </message>
    </context>
    <context>
        <name>TourDialog</name>
        <message>
            <source>Tour</source>
            <translation>Rundgang</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>&amp;Skip tour</source>
            <translation>Rundgang &amp;überspringen</translation>
        </message>
        <message>
            <source>The previous step</source>
            <translation>Der vorige Schritt</translation>
        </message>
        <message>
            <source>Close the tour; Help &gt; Tour shows it again</source>
            <translation>Rundgang schließen; Hilfe &gt; Rundgang zeigt ihn erneut</translation>
        </message>
        <message>
            <source>Step {0} of {1}</source>
            <translation>Schritt {0} von {1}</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Fertig</translation>
        </message>
        <message>
            <source>Close the tour</source>
            <translation>Rundgang schließen</translation>
        </message>
        <message>
            <source>The next step</source>
            <translation>Der nächste Schritt</translation>
        </message>
    </context>
    <context>
        <name>UncertaintyView</name>
        <message>
            <source>Draw growth and inflation shocks and show the odds of each threshold</source>
            <translation>Wachstums- und Inflationsschocks ziehen und die Wahrscheinlichkeit jeder Schwelle zeigen</translation>
        </message>
        <message>
            <source>Number of draws</source>
            <translation>Anzahl der Ziehungen</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>The same seed gives the same numbers</source>
            <translation>Derselbe Startwert ergibt dieselben Zahlen</translation>
        </message>
        <message>
            <source>Leave 2020–21 out of the estimate</source>
            <translation>2020–21 aus der Schätzung herauslassen</translation>
        </message>
        <message>
            <source>Execution risk (% of plan not spent)</source>
            <translation>Ausführungsrisiko (% des Plans nicht ausgegeben)</translation>
        </message>
        <message>
            <source>Execution risk, mean</source>
            <translation>Ausführungsrisiko, Mittelwert</translation>
        </message>
        <message>
            <source>SD </source>
            <translation>SA </translation>
        </message>
        <message>
            <source> pp</source>
            <translation> Pp.</translation>
        </message>
        <message>
            <source>Execution risk, spread</source>
            <translation>Ausführungsrisiko, Streuung</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Modellkarte</translation>
        </message>
        <message>
            <source>Probabilities</source>
            <translation>Wahrscheinlichkeiten</translation>
        </message>
        <message>
            <source>Which quantity spreads</source>
            <translation>Welche Größe streut</translation>
        </message>
        <message>
            <source>Histogram of the year first reached</source>
            <translation>Histogramm des Jahres des ersten Erreichens</translation>
        </message>
        <message>
            <source>Share of draws (%)</source>
            <translation>Anteil der Ziehungen (%)</translation>
        </message>
        <message>
            <source>Sensitivity chart</source>
            <translation>Sensitivitätsdiagramm</translation>
        </message>
        <message>
            <source>Change of the target-year share (pp)</source>
            <translation>Änderung des Anteils im Zieljahr (Pp.)</translation>
        </message>
        <message>
            <source>&amp;Draws</source>
            <translation>&amp;Ziehungen</translation>
        </message>
        <message>
            <source>S&amp;eed</source>
            <translation>Start&amp;wert</translation>
        </message>
        <message>
            <source>Off: tick the box to draw the odds of each threshold.</source>
            <translation>Aus: Kästchen ankreuzen, um die Wahrscheinlichkeit jeder Schwelle zu berechnen.</translation>
        </message>
        <message>
            <source>Drawing…</source>
            <translation>Ziehe…</translation>
        </message>
        <message>
            <source>Show uncertainty ({0} draws)</source>
            <translation>Unsicherheit zeigen ({0} Ziehungen)</translation>
        </message>
        <message>
            <source>Share in {0}, one assumption {1} pp</source>
            <translation>Anteil {0}, eine Annahme {1} Pp.</translation>
        </message>
        <message>
            <source>Orange: the assumption {0} pp higher; green: {0} pp lower. The bars are the change of the core share in {1} against the central case.</source>
            <translation>Orange: die Annahme {0} Pp. höher; grün: {0} Pp. niedriger. Die Balken zeigen die Änderung des Kernanteils {1} gegenüber dem Zentralfall.</translation>
        </message>
    </context>
    <context>
        <name>VintagesView</name>
        <message>
            <source>Compare with</source>
            <translation>Vergleichen mit</translation>
        </message>
        <message>
            <source>Another dataset or edition to re-run the current scenario on</source>
            <translation>Ein anderer Datensatz oder eine andere Ausgabe, mit dem das aktuelle Szenario erneut gerechnet wird</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>A (in use)</source>
            <translation>A (verwendet)</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>B − A</source>
            <translation>B − A</translation>
        </message>
        <message>
            <source>What moved</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>Equipment share chart</source>
            <translation>Diagramm des Ausrüstungsanteils</translation>
        </message>
        <message>
            <source>Include what &amp;changed between editions</source>
            <translation>&amp;Änderungen zwischen den Ausgaben aufnehmen</translation>
        </message>
        <message>
            <source>PDF, Excel and JSON exports of this ally add a section comparing the scenario with the dataset or edition chosen in the Vintages tab</source>
            <translation>PDF-, Excel- und JSON-Exporte dieses Verbündeten erhalten einen Abschnitt, der das Szenario mit dem im Reiter Datenstände gewählten Datensatz oder der Ausgabe vergleicht</translation>
        </message>
        <message>
            <source>&amp;Include in File ▸ Export (PDF brief, Excel workbook, JSON)</source>
            <translation>In Datei ▸ Exportieren &amp;aufnehmen (PDF-Kurzbericht, Excel-Arbeitsmappe, JSON)</translation>
        </message>
        <message>
            <source>&amp;Compare with</source>
            <translation>&amp;Vergleichen mit</translation>
        </message>
        <message>
            <source>What changed between editions</source>
            <translation>Was sich zwischen den Ausgaben geändert hat</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>mitgeliefert</translation>
        </message>
        <message>
            <source>{0} · edition {1} ({2})</source>
            <translation>{0} · Ausgabe {1} ({2})</translation>
        </message>
        <message>
            <source>{0} · edition {1}</source>
            <translation>{0} · Ausgabe {1}</translation>
        </message>
        <message>
            <source>A: {0}. No other dataset or edition to compare with.</source>
            <translation>A: {0}. Kein anderer Datensatz und keine andere Ausgabe zum Vergleich.</translation>
        </message>
        <message>
            <source>A: {0}</source>
            <translation>A: {0}</translation>
        </message>
        <message>
            <source>{0}: the same scenario on two datasets.
A: {1}
B: {2}</source>
            <translation>{0}: dasselbe Szenario mit zwei Datensätzen.
A: {1}
B: {2}</translation>
        </message>
        <message>
            <source>A and B</source>
            <translation>A und B</translation>
        </message>
        <message>
            <source>What changed between editions: {0}</source>
            <translation>Was sich zwischen den Ausgaben geändert hat: {0}</translation>
        </message>
    </context>
    <context>
        <name>YearTableModel</name>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>GDP, bn</source>
            <translation>BIP, Mrd.</translation>
        </message>
        <message>
            <source>Real growth %</source>
            <translation>Reales Wachstum %</translation>
        </message>
        <message>
            <source>Inflation %</source>
            <translation>Inflation %</translation>
        </message>
        <message>
            <source>Core, bn</source>
            <translation>Kern, Mrd.</translation>
        </message>
        <message>
            <source>Core % GDP</source>
            <translation>Kern % BIP</translation>
        </message>
        <message>
            <source>Related, bn</source>
            <translation>Verwandt, Mrd.</translation>
        </message>
        <message>
            <source>Related % GDP</source>
            <translation>Verwandt % BIP</translation>
        </message>
        <message>
            <source>Total % GDP</source>
            <translation>Gesamt % BIP</translation>
        </message>
        <message>
            <source>Core, bn, base-year prices</source>
            <translation>Kern, Mrd., Preise des Basisjahres</translation>
        </message>
        <message>
            <source>Core per person</source>
            <translation>Kern je Einwohner</translation>
        </message>
        <message>
            <source>Core % gov. spending</source>
            <translation>Kern % Staatsausg.</translation>
        </message>
        <message>
            <source>Extra vs constant share, bn</source>
            <translation>Zusätzlich ggü. konstantem Anteil, Mrd.</translation>
        </message>
        <message>
            <source>Extra vs cash freeze, bn</source>
            <translation>Zusätzlich ggü. nominalem Einfrieren, Mrd.</translation>
        </message>
        <message>
            <source>Extra vs real freeze, bn</source>
            <translation>Zusätzlich ggü. realem Einfrieren, Mrd.</translation>
        </message>
        <message>
            <source>Extra vs your baseline, bn</source>
            <translation>Zusätzlich ggü. Ihrer Vergleichsbasis, Mrd.</translation>
        </message>
        <message>
            <source>{0}, {1} prices</source>
            <translation>{0}, Preise von {1}</translation>
        </message>
    </context>
    <context>
        <name>YearTablePanel</name>
        <message>
            <source>Yearly table</source>
            <translation>Jahrestabelle</translation>
        </message>
        <message>
            <source>Per-year projection; Ctrl+C copies the table</source>
            <translation>Projektion pro Jahr; Strg+C kopiert die Tabelle</translation>
        </message>
        <message>
            <source>Copy table</source>
            <translation>Tabelle kopieren</translation>
        </message>
        <message>
            <source>Copy yearly table</source>
            <translation>Jahrestabelle kopieren</translation>
        </message>
        <message>
            <source>Copy as tab-separated text (pastes into Excel)</source>
            <translation>Als tabulatorgetrennten Text kopieren (lässt sich in Excel einfügen)</translation>
        </message>
        <message>
            <source>{0}: money in billions of {1}, {2} (base year {3}: {4}, then the paths you set); extra spending against {5}, blank outside {6}–{7}.</source>
            <translation>{0}: Geld in Milliarden {1}, {2} (Basisjahr {3}: {4}, dann die von Ihnen gesetzten Pfade); Zusatzausgaben gegenüber {5}, leer außerhalb {6}–{7}.</translation>
        </message>
    </context>
    <context>
        <name>guide</name>
        <message>
            <source>Constant share</source>
            <translation>Konstanter Anteil</translation>
        </message>
        <message>
            <source>8 % a year</source>
            <translation>8 % pro Jahr</translation>
        </message>
        <message>
            <source>3.5 % by 2030</source>
            <translation>3,5 % bis 2030</translation>
        </message>
    </context>
    <context>
        <name>phrases</name>
        <message>
            <source>billions</source>
            <translation>Milliarden</translation>
        </message>
        <message>
            <source>millions</source>
            <translation>Millionen</translation>
        </message>
        <message>
            <source>already met in {0}</source>
            <translation>bereits {0} erfüllt</translation>
        </message>
        <message>
            <source>reached in {0}</source>
            <translation>erreicht {0}</translation>
        </message>
        <message>
            <source>not by {0}</source>
            <translation>nicht bis {0}</translation>
        </message>
        <message>
            <source>not by {0} ({1} on this path)</source>
            <translation>nicht bis {0} ({1} auf diesem Pfad)</translation>
        </message>
        <message>
            <source>not by {0} ({1} at constant growth rates)</source>
            <translation>nicht bis {0} ({1} bei konstanten Wachstumsraten)</translation>
        </message>
        <message>
            <source>short by {0:.2f} pp ({1})</source>
            <translation>{0:.2f} Pp. zu wenig ({1})</translation>
        </message>
        <message>
            <source>above by {0:.2f} pp</source>
            <translation>{0:.2f} Pp. darüber</translation>
        </message>
        <message>
            <source>met exactly</source>
            <translation>genau erfüllt</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwelle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Hält</translation>
        </message>
        <message>
            <source>At target year</source>
            <translation>Im Zieljahr</translation>
        </message>
        <message>
            <source>Gap at target</source>
            <translation>Lücke im Zieljahr</translation>
        </message>
        <message>
            <source>Money needed</source>
            <translation>Nötiger Betrag</translation>
        </message>
        <message>
            <source>Required growth</source>
            <translation>Nötiges Wachstum</translation>
        </message>
        <message>
            <source>total</source>
            <translation>gesamt</translation>
        </message>
        <message>
            <source>core</source>
            <translation>Kern</translation>
        </message>
        <message>
            <source>{0} in total</source>
            <translation>{0} insgesamt</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>{0}: {1:.2f} %</source>
            <translation>{0}: {1:.2f} %</translation>
        </message>
        <message>
            <source>{0} a year</source>
            <translation>{0} pro Jahr</translation>
        </message>
        <message>
            <source>a fall of {0}</source>
            <translation>ein Rückgang um {0}</translation>
        </message>
        <message>
            <source>met</source>
            <translation>erfüllt</translation>
        </message>
        <message>
            <source>, lost</source>
            <translation>, verloren</translation>
        </message>
        <message>
            <source>Years show when each threshold is first reached (met = already in the base year; lost = falls back below it by {0}; – = not by {0}).</source>
            <translation>Die Jahre zeigen, wann jede Schwelle erstmals erreicht wird (erfüllt = schon im Basisjahr; verloren = fällt bis {0} wieder darunter; – = nicht bis {0}).</translation>
        </message>
        <message>
            <source>constant share of GDP</source>
            <translation>konstanter Anteil am BIP</translation>
        </message>
        <message>
            <source>growth at a rate</source>
            <translation>Wachstum mit einer Rate</translation>
        </message>
        <message>
            <source>glide path to a share</source>
            <translation>Gleitpfad zu einem Anteil</translation>
        </message>
        <message>
            <source>an amount added each year</source>
            <translation>ein jedes Jahr hinzugefügter Betrag</translation>
        </message>
        <message>
            <source>custom points</source>
            <translation>eigene Punkte</translation>
        </message>
        <message>
            <source>IMF WEO October 2025 baseline</source>
            <translation>IWF-Basislinie WEO Oktober 2025</translation>
        </message>
        <message>
            <source>constant rates</source>
            <translation>konstante Raten</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Name des Szenarios</translation>
        </message>
        <message>
            <source>Scenario notes</source>
            <translation>Notizen zum Szenario</translation>
        </message>
        <message>
            <source>Ally (ISO3)</source>
            <translation>Verbündeter (ISO3)</translation>
        </message>
        <message>
            <source>NATO edition</source>
            <translation>NATO-Ausgabe</translation>
        </message>
        <message>
            <source>Base year</source>
            <translation>Basisjahr</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizont</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Wirtschaft</translation>
        </message>
        <message>
            <source>Real GDP growth (%/yr)</source>
            <translation>Reales BIP-Wachstum (%/Jahr)</translation>
        </message>
        <message>
            <source>GDP deflator inflation (%/yr)</source>
            <translation>Inflation des BIP-Deflators (%/Jahr)</translation>
        </message>
        <message>
            <source>Real growth adjustment (pp)</source>
            <translation>Anpassung des realen Wachstums (Pp.)</translation>
        </message>
        <message>
            <source>Inflation adjustment (pp)</source>
            <translation>Inflationsanpassung (Pp.)</translation>
        </message>
        <message>
            <source>Per-year economy overrides</source>
            <translation>Wirtschaftliche Jahreswerte</translation>
        </message>
        <message>
            <source>Core spending path</source>
            <translation>Pfad der Kernausgaben</translation>
        </message>
        <message>
            <source>Core spending growth (%/yr)</source>
            <translation>Wachstum der Kernausgaben (%/Jahr)</translation>
        </message>
        <message>
            <source>Growth is real (on top of inflation)</source>
            <translation>Wachstum ist real (über der Inflation)</translation>
        </message>
        <message>
            <source>Glide path target (% of GDP)</source>
            <translation>Ziel des Gleitpfads (% des BIP)</translation>
        </message>
        <message>
            <source>Glide path target year</source>
            <translation>Zieljahr des Gleitpfads</translation>
        </message>
        <message>
            <source>Yearly increment (bn, nominal)</source>
            <translation>Jährliche Erhöhung (Mrd., nominal)</translation>
        </message>
        <message>
            <source>Custom path points</source>
            <translation>Punkte des eigenen Pfads</translation>
        </message>
        <message>
            <source>Related spending path</source>
            <translation>Pfad der verwandten Ausgaben</translation>
        </message>
        <message>
            <source>Related share (% of GDP)</source>
            <translation>Anteil verwandter Ausgaben (% des BIP)</translation>
        </message>
        <message>
            <source>Related glide target (% of GDP)</source>
            <translation>Ziel des verwandten Gleitpfads (% des BIP)</translation>
        </message>
        <message>
            <source>Related glide target year</source>
            <translation>Zieljahr des verwandten Gleitpfads</translation>
        </message>
        <message>
            <source>Related counted up to (% of GDP)</source>
            <translation>Verwandte Ausgaben angerechnet bis (% des BIP)</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <translation>Schwellen</translation>
        </message>
        <message>
            <source>Hague path check</source>
            <translation>Prüfung des Haager Pfads</translation>
        </message>
        <message>
            <source>Extra spending against the baselines</source>
            <translation>Zusatzausgaben gegenüber den Vergleichsbasen</translation>
        </message>
        <message>
            <source>Your own numbers</source>
            <translation>Ihre eigenen Zahlen</translation>
        </message>
        <message>
            <source>Money needed, in one currency</source>
            <translation>Benötigte Beträge, in einer Währung</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Annahmen</translation>
        </message>
        <message>
            <source>Year by year</source>
            <translation>Jahr für Jahr</translation>
        </message>
        <message>
            <source>Method and caveats</source>
            <translation>Methode und Vorbehalte</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Quellen</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>Annahme</translation>
        </message>
        <message>
            <source>This scenario</source>
            <translation>Dieses Szenario</translation>
        </message>
        <message>
            <source>Default (where changed)</source>
            <translation>Standard (falls geändert)</translation>
        </message>
        <message>
            <source>Base year B is the latest year with a NATO figure for the ally. Core defence spending in B is NATO's share of GDP × IMF nominal GDP (derived, not published by NATO). GDP grows by real growth and GDP-deflator inflation: GDP&lt;sub&gt;t&lt;/sub&gt; = GDP&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g) × (1 + p); the IMF baseline uses WEO October 2025 rates to 2030 and holds the 2030 rates after. A threshold is reached in the first year whose share is at or above it. Required growth is the constant nominal growth of core spending from B that reaches the threshold in its target year: r* = ((value × GDP&lt;sub&gt;Y&lt;/sub&gt;) / D&lt;sub&gt;B&lt;/sub&gt;)&lt;sup&gt;1/(Y−B)&lt;/sup&gt; − 1. Related (defence- and security-related) spending counts towards the total up to 1.5 % of GDP. The Hague path check asks whether the core share never falls, reaches 3.5 % by 2035, and where it stands in 2029 against a straight line from B to 3.5 % in 2035.</source>
            <translation>Das Basisjahr B ist das letzte Jahr mit einer NATO-Zahl für den Verbündeten. Die Kernverteidigungsausgaben in B sind der NATO-Anteil am BIP × das nominale BIP des IWF (abgeleitet, nicht von der NATO veröffentlicht). Das BIP wächst mit dem realen Wachstum und der Inflation des BIP-Deflators: BIP&lt;sub&gt;t&lt;/sub&gt; = BIP&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g) × (1 + p); die IWF-Basislinie verwendet bis 2030 die Raten des WEO vom Oktober 2025 und hält danach die Raten von 2030. Eine Schwelle ist im ersten Jahr erreicht, in dem der Anteil mindestens so hoch ist. Das erforderliche Wachstum ist das konstante nominale Wachstum der Kernausgaben ab B, mit dem die Schwelle im Zieljahr erreicht wird: r* = ((Wert × BIP&lt;sub&gt;Y&lt;/sub&gt;) / D&lt;sub&gt;B&lt;/sub&gt;)&lt;sup&gt;1/(Y−B)&lt;/sup&gt; − 1. Verbundene (verteidigungs- und sicherheitsrelevante) Ausgaben zählen bis 1,5 % des BIP zur Gesamtsumme. Die Haager Pfadprüfung fragt, ob der Kernanteil nie sinkt, bis 2035 3,5 % erreicht und wo er 2029 gegenüber einer Geraden von B bis 3,5 % im Jahr 2035 steht.</translation>
        </message>
        <message>
            <source>Figures for 2025 and 2026 are NATO estimates; IMF figures after the last actual year (2024 for most allies) are projections. NATO's share of GDP (Table 3) is a ratio at 2021 prices; for the Netherlands it differs from spending ÷ nominal GDP. NATO publishes no per-ally figure for defence- and security-related spending, so it is 0 % unless set. NATO year Y is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the UK). Money is in the currency of the IMF figures, in billions at current prices, never converted silently.</source>
            <translation>Die Zahlen für 2025 und 2026 sind NATO-Schätzungen; IWF-Zahlen nach dem letzten Ist-Jahr (für die meisten Verbündeten 2024) sind Projektionen. Der NATO-Anteil am BIP (Tabelle 3) ist ein Verhältnis zu Preisen von 2021; für die Niederlande weicht er von Ausgaben ÷ nominalem BIP ab. Die NATO veröffentlicht keine Zahl je Verbündeten für verteidigungs- und sicherheitsrelevante Ausgaben; sie betragen daher 0 %, sofern nicht anders eingestellt. Das NATO-Jahr Y ist das Haushaltsjahr, das die meisten seiner Monate umfasst (2025 = Haushaltsjahr 2025/26 für Kanada und das Vereinigte Königreich). Beträge sind in der Währung der IWF-Zahlen angegeben, in Milliarden zu laufenden Preisen, und werden nie stillschweigend umgerechnet.</translation>
        </message>
        <message>
            <source>already met</source>
            <translation>bereits erfüllt</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>erreicht</translation>
        </message>
        <message>
            <source>reached, then falls below</source>
            <translation>erreicht, dann wieder darunter</translation>
        </message>
        <message>
            <source>met, then falls below</source>
            <translation>erfüllt, dann wieder darunter</translation>
        </message>
        <message>
            <source>not used with {0}</source>
            <translation>bei {0} nicht verwendet</translation>
        </message>
        <message>
            <source>constant rates: {0} real growth, {1} inflation</source>
            <translation>konstante Raten: {0} reales Wachstum, {1} Inflation</translation>
        </message>
        <message>
            <source>, real growth {0:+g} pp</source>
            <translation>, reales Wachstum {0:+g} Pp.</translation>
        </message>
        <message>
            <source>, inflation {0:+g} pp</source>
            <translation>, Inflation {0:+g} Pp.</translation>
        </message>
        <message>
            <source>, own figures for {0}</source>
            <translation>, eigene Zahlen für {0}</translation>
        </message>
        <message>
            <source>growth of {0} a year above inflation (real)</source>
            <translation>Wachstum von {0} pro Jahr über der Inflation (real)</translation>
        </message>
        <message>
            <source>growth of {0} a year (nominal)</source>
            <translation>Wachstum von {0} pro Jahr (nominal)</translation>
        </message>
        <message>
            <source>straight line to {0} of GDP by {1}</source>
            <translation>Gerade bis {0} des BIP im Jahr {1}</translation>
        </message>
        <message>
            <source>adding {0:,.2f} bn {1} a year</source>
            <translation>{0:,.2f} Mrd. {1} pro Jahr mehr</translation>
        </message>
        <message>
            <source>cutting {0:,.2f} bn {1} a year</source>
            <translation>{0:,.2f} Mrd. {1} pro Jahr weniger</translation>
        </message>
        <message>
            <source>custom path: {0}</source>
            <translation>eigener Pfad: {0}</translation>
        </message>
        <message>
            <source>{0}/yr real</source>
            <translation>{0}/Jahr real</translation>
        </message>
        <message>
            <source>{0}/yr</source>
            <translation>{0}/Jahr</translation>
        </message>
        <message>
            <source>{0} by {1}</source>
            <translation>{0} bis {1}</translation>
        </message>
        <message>
            <source>{0:+g} bn/yr</source>
            <translation>{0:+g} Mrd./Jahr</translation>
        </message>
        <message>
            <source>custom path</source>
            <translation>eigener Pfad</translation>
        </message>
        <message>
            <source>constant share</source>
            <translation>konstanter Anteil</translation>
        </message>
        <message>
            <source>{0} rising to {1} by {2}</source>
            <translation>{0}, steigend auf {1} bis {2}</translation>
        </message>
        <message>
            <source>{0} of GDP</source>
            <translation>{0} des BIP</translation>
        </message>
        <message>
            <source> (counted up to {0})</source>
            <translation> (angerechnet bis {0})</translation>
        </message>
        <message>
            <source>{0}: {1} {2} by {3}</source>
            <translation>{0}: {1} {2} bis {3}</translation>
        </message>
        <message>
            <source>{0} reaches {1} in {2}</source>
            <translation>erreicht {0} {1} im Jahr {2}</translation>
        </message>
        <message>
            <source>{1} is reached in {2}</source>
            <translation>{1} wird {2} erreicht</translation>
        </message>
        <message>
            <source>{0} already meets {1}</source>
            <translation>erfüllt {0} bereits {1}</translation>
        </message>
        <message>
            <source>{1} is already met</source>
            <translation>{1} ist bereits erfüllt</translation>
        </message>
        <message>
            <source>{0} does not reach {1} by {2}</source>
            <translation>erreicht {0} {1} bis {2} nicht</translation>
        </message>
        <message>
            <source>{1} is not reached by {2}</source>
            <translation>{1} wird bis {2} nicht erreicht</translation>
        </message>
        <message>
            <source> to get there by {0}</source>
            <translation> , um es bis {0} zu schaffen</translation>
        </message>
        <message>
            <source>With core defence spending rising {0} a year above inflation from {1}</source>
            <translation>Mit Kernverteidigungsausgaben, die ab {1} um {0} pro Jahr über der Inflation steigen</translation>
        </message>
        <message>
            <source>{0:+g} points</source>
            <translation>{0:+g} Pp.</translation>
        </message>
        <message>
            <source>Spain's position</source>
            <translation>Position Spaniens</translation>
        </message>
        <message>
            <source>Hague core, 2035</source>
            <translation>Den Haag (Kern), 2035</translation>
        </message>
        <message>
            <source>Hague total, 2035</source>
            <translation>Den Haag (gesamt), 2035</translation>
        </message>
        <message>
            <source>{0}, {1} prices</source>
            <translation>{0}, Preise von {1}</translation>
        </message>
        <message>
            <source>Real growth on the IMF path (own inflation only)</source>
            <translation>Realwachstum auf dem IWF-Pfad (nur eigene Inflation)</translation>
        </message>
        <message>
            <source>Inflation on the IMF path (own real growth only)</source>
            <translation>Inflation auf dem IWF-Pfad (nur eigenes Realwachstum)</translation>
        </message>
        <message>
            <source>Own nominal GDP path</source>
            <translation>Eigener Pfad des nominalen BIP</translation>
        </message>
        <message>
            <source>Source of the own GDP path</source>
            <translation>Quelle des eigenen BIP-Pfads</translation>
        </message>
        <message>
            <source>Glide path never below the current share</source>
            <translation>Pfad nie unter dem aktuellen Anteil</translation>
        </message>
        <message>
            <source>Base-year spending from</source>
            <translation>Ausgaben im Basisjahr nach</translation>
        </message>
        <message>
            <source>Own base-year share (% of GDP)</source>
            <translation>Eigener Anteil im Basisjahr (% des BIP)</translation>
        </message>
        <message>
            <source>Own base-year amount (bn)</source>
            <translation>Eigener Betrag im Basisjahr (Mrd.)</translation>
        </message>
        <message>
            <source>Currency of the money</source>
            <translation>Währung der Beträge</translation>
        </message>
        <message>
            <source>Extra spending measured against</source>
            <translation>Mehrausgaben, Referenz:</translation>
        </message>
        <message>
            <source>Own baseline amounts</source>
            <translation>Beträge der eigenen Referenz</translation>
        </message>
        <message>
            <source>Own baseline's name</source>
            <translation>Name der eigenen Referenz</translation>
        </message>
        <message>
            <source>Extra spending summed from</source>
            <translation>Mehrausgaben summiert ab</translation>
        </message>
        <message>
            <source>Extra spending summed to</source>
            <translation>Mehrausgaben summiert bis</translation>
        </message>
        <message>
            <source>Claim checked</source>
            <translation>Geprüfte Angabe</translation>
        </message>
        <message>
            <source>not used: on its IMF path</source>
            <translation>nicht verwendet: folgt dem IWF-Pfad</translation>
        </message>
        <message>
            <source>constant {0} real growth, inflation on its IMF path</source>
            <translation>konstantes reales Wachstum von {0}, Inflation auf dem IWF-Pfad</translation>
        </message>
        <message>
            <source>real growth on its IMF path, constant {0} inflation</source>
            <translation>reales Wachstum auf dem IWF-Pfad, konstante Inflation von {0}</translation>
        </message>
        <message>
            <source>With core defence spending falling {0} a year in real terms from {1}</source>
            <translation>Mit Kernverteidigungsausgaben, die ab {1} real um {0} pro Jahr sinken</translation>
        </message>
        <message>
            <source>With core defence spending unchanged in real terms from {1}</source>
            <translation>Mit Kernverteidigungsausgaben, die ab {1} real unverändert bleiben</translation>
        </message>
        <message>
            <source>With core defence spending rising {0} a year in cash terms from {1}</source>
            <translation>Mit Kernverteidigungsausgaben, die ab {1} nominal um {0} pro Jahr steigen</translation>
        </message>
        <message>
            <source>With core defence spending falling {0} a year in cash terms from {1}</source>
            <translation>Mit Kernverteidigungsausgaben, die ab {1} nominal um {0} pro Jahr sinken</translation>
        </message>
        <message>
            <source>With core defence spending frozen in cash terms from {1}</source>
            <translation>Mit Kernverteidigungsausgaben, die ab {1} nominal eingefroren sind</translation>
        </message>
        <message>
            <source>With core defence spending held at {0:.2f} % of GDP from {1} (the glide target {2} is below it)</source>
            <translation>Mit Kernverteidigungsausgaben, die ab {1} bei {0:.2f} % des BIP gehalten werden (das Ziel des Gleitpfads, {2}, liegt darunter)</translation>
        </message>
        <message>
            <source>With core defence spending on a straight line from {0:.2f} % of GDP in {1} to {2} by {3}</source>
            <translation>Mit Kernverteidigungsausgaben, die geradlinig von {0:.2f} % des BIP im Jahr {1} auf {2} bis {3} steigen</translation>
        </message>
        <message>
            <source>With {0} added to core defence spending each year from {1}</source>
            <translation>Mit jährlich {0} zusätzlich für die Kernverteidigung ab {1}</translation>
        </message>
        <message>
            <source>With {0} taken off core defence spending each year from {1}</source>
            <translation>Mit jährlich {0} weniger für die Kernverteidigung ab {1}</translation>
        </message>
        <message>
            <source>With core defence spending following the custom path from {0}</source>
            <translation>Mit Kernverteidigungsausgaben, die ab {0} dem eigenen Pfad folgen</translation>
        </message>
        <message>
            <source>With core defence spending held at {0:.2f} % of GDP from {1}</source>
            <translation>Mit Kernverteidigungsausgaben, die ab {1} bei {0:.2f} % des BIP bleiben</translation>
        </message>
        <message>
            <source> even though core spending could fall {0:.1f} % a year in cash terms from {1} and still get there{2}</source>
            <translation> obwohl die Kernausgaben ab {1} nominal um {0:.1f} % pro Jahr sinken könnten und es trotzdem schaffen{2}</translation>
        </message>
        <message>
            <source> even though spending could fall {0:.1f} % a year and still get there{2}</source>
            <translation> obwohl die Ausgaben um {0:.1f} % pro Jahr sinken könnten und es trotzdem schaffen{2}</translation>
        </message>
        <message>
            <source> and would need core spending to grow {0:.1f} % a year in cash terms from {1}{2}</source>
            <translation> und bräuchte ein nominales Wachstum der Kernausgaben von {0:.1f} % pro Jahr ab {1}{2}</translation>
        </message>
        <message>
            <source> and would need {0:.1f} % a year{2}</source>
            <translation> und bräuchte {0:.1f} % pro Jahr{2}</translation>
        </message>
        <message>
            <source>{0}, {1} spends {2:.2f} % of GDP in {3}; no threshold is switched on.</source>
            <translation>{0}, gibt {1} im Jahr {3} {2:.2f} % des BIP aus; keine Schwelle ist eingeschaltet.</translation>
        </message>
        <message>
            <source>{0} (related spending assumed at 0 %)</source>
            <translation>{0} (verwandte Ausgaben mit 0 % angenommen)</translation>
        </message>
        <message>
            <source> but is on this path in {0}, by the {1} target</source>
            <translation> erreicht es aber auf diesem Pfad {0}, vor dem Ziel {1}</translation>
        </message>
        <message>
            <source> (but falls below it again)</source>
            <translation> (fällt aber wieder darunter)</translation>
        </message>
        <message>
            <source>credible: the core share never falls and reaches 3.5 % by 2035</source>
            <translation>glaubwürdig: der Kernanteil sinkt nie und erreicht bis 2035 3,5 %</translation>
        </message>
        <message>
            <source>not a path to 3.5 % by 2035: the core share in 2035 is {0:.2f} %</source>
            <translation>kein Pfad zu 3,5 % bis 2035: der Kernanteil 2035 beträgt {0:.2f} %</translation>
        </message>
        <message>
            <source>reaches 3.5 % by 2035 but the core share falls on the way</source>
            <translation>erreicht 3,5 % bis 2035, aber der Kernanteil sinkt unterwegs</translation>
        </message>
        <message>
            <source>on the line</source>
            <translation>auf der Geraden</translation>
        </message>
        <message>
            <source>{0:.2f} pp above the line</source>
            <translation>{0:.2f} Pp. über der Geraden</translation>
        </message>
        <message>
            <source>{0:.2f} pp below the line</source>
            <translation>{0:.2f} Pp. unter der Geraden</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>auf Kurs</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>im Rückstand</translation>
        </message>
        <message>
            <source>At the 2029 review: {0:.2f} % against {1:.2f} % on the straight line to 3.5 % in 2035 ({2}, {3}).</source>
            <translation>Bei der Überprüfung 2029: {0:.2f} % gegenüber {1:.2f} % auf der Geraden zu 3,5 % im Jahr 2035 ({2}, {3}).</translation>
        </message>
        <message>
            <source>Hague path check: {0}.</source>
            <translation>Prüfung des Haager Pfads: {0}.</translation>
        </message>
        <message>
            <source>the same as {0}</source>
            <translation>genauso viel wie {0}</translation>
        </message>
        <message>
            <source>{0} less than {1}</source>
            <translation>{0} weniger als {1}</translation>
        </message>
        <message>
            <source>{0} more than {1}</source>
            <translation>{0} mehr als {1}</translation>
        </message>
        <message>
            <source>a constant share</source>
            <translation>ein konstanter Anteil</translation>
        </message>
        <message>
            <source>a cash freeze</source>
            <translation>ein nominales Einfrieren</translation>
        </message>
        <message>
            <source>a real freeze</source>
            <translation>ein reales Einfrieren</translation>
        </message>
        <message>
            <source>Core spending {0}–{1}, cumulative: {2}, {3}, {4}, {5}.</source>
            <translation>Kernausgaben {0}–{1}, kumuliert: {2}, {3}, {4}, {5}.</translation>
        </message>
        <message>
            <source>Core spending {0}–{1}, cumulative: {2}, {3}, {4}.</source>
            <translation>Kernausgaben {0}–{1}, kumuliert: {2}, {3}, {4}.</translation>
        </message>
        <message>
            <source>Amounts in {0} prices.</source>
            <translation>Beträge in Preisen von {0}.</translation>
        </message>
        <message>
            <source>Money is in billions of national currency, current prices; projected spending is derived (share × GDP), not published by NATO.</source>
            <translation>Geld in Milliarden Landeswährung, laufende Preise; die projizierten Ausgaben sind abgeleitet (Anteil × BIP), nicht von der NATO veröffentlicht.</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for defence- and security-related spending; it is 0 % of GDP unless the scenario sets it.</source>
            <translation>Die NATO veröffentlicht keine Zahl je Verbündeten für verteidigungs- und sicherheitsrelevante Ausgaben; sie betragen 0 % des BIP, sofern das Szenario nichts anderes festlegt.</translation>
        </message>
        <message>
            <source>NATO defines defence expenditure as payments made by a national government specifically to meet the needs of its armed forces, those of Allies or of the Alliance: personnel (including pensions), operations and maintenance, equipment, infrastructure and research and development. Since the 2026 edition NATO calls it core defence expenditure.</source>
            <translation>Die NATO definiert Verteidigungsausgaben als Zahlungen einer nationalen Regierung, die eigens dem Bedarf ihrer Streitkräfte, der Streitkräfte von Verbündeten oder des Bündnisses dienen: Personal (einschließlich Pensionen), Betrieb und Instandhaltung, Ausrüstung, Infrastruktur sowie Forschung und Entwicklung. Seit der Ausgabe 2026 spricht die NATO von Kernverteidigungsausgaben.</translation>
        </message>
        <message>
            <source>The Hague 2025: at least 3.5 % of GDP a year on core defence by 2035, plus up to 1.5 % to protect critical infrastructure, defend networks, ensure civil preparedness and resilience, unleash innovation and strengthen the defence industrial base.</source>
            <translation>Den Haag 2025: bis 2035 mindestens 3,5 % des BIP pro Jahr für die Kernverteidigung, dazu bis zu 1,5 %, um kritische Infrastruktur zu schützen, Netze zu verteidigen, zivile Vorsorge und Widerstandsfähigkeit zu sichern, Innovation freizusetzen und die verteidigungsindustrielle Basis zu stärken.</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for defence- and security-related spending, so it is 0 % of GDP here: the total equals core and a total threshold counts core spending only.</source>
            <translation>Die NATO veröffentlicht keine Zahl je Verbündeten für verteidigungs- und sicherheitsrelevante Ausgaben, daher betragen sie hier 0 % des BIP: die Summe entspricht dem Kern, und eine Gesamtschwelle zählt nur die Kernausgaben.</translation>
        </message>
        <message>
            <source>Related spending above {0:g} % of GDP counts only up to {0:g} % in the total (NATO's Hague rule); this path reaches {1:.2f} %.</source>
            <translation>Verwandte Ausgaben über {0:g} % des BIP zählen in der Summe nur bis {0:g} % (Haager Regel der NATO); dieser Pfad erreicht {1:.2f} %.</translation>
        </message>
        <message>
            <source>holds</source>
            <translation>hält</translation>
        </message>
        <message>
            <source>falls below again</source>
            <translation>fällt wieder darunter</translation>
        </message>
        <message>
            <source>reached · holds</source>
            <translation>erreicht · hält</translation>
        </message>
        <message>
            <source>reached · falls below again</source>
            <translation>erreicht · fällt wieder darunter</translation>
        </message>
        <message>
            <source>{0} at constant growth rates</source>
            <translation>{0} bei konstanten Wachstumsraten</translation>
        </message>
        <message>
            <source>{0} on this path</source>
            <translation>{0} auf diesem Pfad</translation>
        </message>
        <message>
            <source>{0} in {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>could fall {0:.1f} % a year from {1} (nominal)</source>
            <translation>könnte ab {1} um {0:.1f} % pro Jahr sinken (nominal)</translation>
        </message>
        <message>
            <source>needs {0:.1f} % a year from {1} (nominal)</source>
            <translation>braucht ab {1} {0:.1f} % pro Jahr (nominal)</translation>
        </message>
        <message>
            <source>Money in {0}: NATO publishes {1}; the projection derives {2} (NATO share × IMF GDP), {3:+.0f} %. The money chart marks the step.</source>
            <translation>Geld {0}: Die NATO veröffentlicht {1}; die Projektion leitet {2} ab (NATO-Anteil × IWF-BIP), {3:+.0f} %. Das Gelddiagramm markiert den Sprung.</translation>
        </message>
        <message>
            <source>Chart of {0}'s defence spending, {1}–{2}.</source>
            <translation>Diagramm der Verteidigungsausgaben von {0}, {1}–{2}.</translation>
        </message>
        <message>
            <source>History (NATO, solid line): core spending was {0} of GDP in {1} and {2} in {3}.</source>
            <translation>Historie (NATO, durchgezogene Linie): die Kernausgaben betrugen {1} {0} des BIP und {3} {2}.</translation>
        </message>
        <message>
            <source>Projection (dashed line): {0}, the core share goes from {1} in {2} to {3} in {4}.</source>
            <translation>Projektion (gestrichelt): {0}, der Kernanteil steigt von {1} im Jahr {2} auf {3} im Jahr {4}.</translation>
        </message>
        <message>
            <source>Projection (dashed line): {0}, the core share stays at {1} from {2} to {3}.</source>
            <translation>Projektion (gestrichelt): {0}, der Kernanteil bleibt von {2} bis {3} bei {1}.</translation>
        </message>
        <message>
            <source>It is highest in {1}, at {0}.</source>
            <translation>Am höchsten ist er {1}, mit {0}.</translation>
        </message>
        <message>
            <source>With related spending counted, the total share is {0} in {1}.</source>
            <translation>Mit den angerechneten verwandten Ausgaben beträgt der Gesamtanteil {1} {0}.</translation>
        </message>
        <message>
            <source>Threshold line {0}: {1}.</source>
            <translation>Schwellenlinie {0}: {1}.</translation>
        </message>
        <message>
            <source>No threshold is switched on.</source>
            <translation>Keine Schwelle ist eingeschaltet.</translation>
        </message>
        <message>
            <source>Money chart: core spending goes from {0} in {1} to {2} in {3}.</source>
            <translation>Gelddiagramm: die Kernausgaben steigen von {0} im Jahr {1} auf {2} im Jahr {3}.</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Szenarien nebeneinander</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Current: {0}</source>
            <translation>Aktuell: {0}</translation>
        </message>
        <message>
            <source>{0} {1}
by {2}</source>
            <translation>{0} {1}
bis {2}</translation>
        </message>
        <message>
            <source>Core share
in {0}</source>
            <translation>Kernanteil
{0}</translation>
        </message>
        <message>
            <source>Total share
in {0}</source>
            <translation>Gesamtanteil
{0}</translation>
        </message>
        <message>
            <source>Extra vs {0}
cumulative to {1}</source>
            <translation>Zusätzlich ggü. {0}
kumuliert bis {1}</translation>
        </message>
        <message>
            <source>{0}, lost</source>
            <translation>{0}, verloren</translation>
        </message>
        <message>
            <source>not by {0} ({1})</source>
            <translation>nicht bis {0} ({1})</translation>
        </message>
        <message>
            <source>{0} (to {1})</source>
            <translation>{0} (bis {1})</translation>
        </message>
        <message>
            <source>the same</source>
            <translation>gleich</translation>
        </message>
        <message>
            <source>Years show when each threshold is first reached; “lost”: the share falls back below it by the horizon; “not by 2035 (2041)”: reached in 2041 if the path runs on. Extra spending is core spending above the baseline, summed from the year after each scenario's base year, in the ally's currency.</source>
            <translation>Die Jahre zeigen, wann jede Schwelle erstmals erreicht wird; „verloren“: der Anteil fällt bis zum Horizont wieder darunter; „nicht bis 2035 (2041)“: 2041 erreicht, wenn der Pfad weiterläuft. Zusatzausgaben sind Kernausgaben über der Vergleichsbasis, summiert ab dem Jahr nach dem Basisjahr jedes Szenarios, in der Währung des Verbündeten.</translation>
        </message>
        <message>
            <source>The EU measures defence by COFOG division 02 (national accounts); this app has NATO's figures only, so NATO's core share stands in for COFOG 02.</source>
            <translation>Die EU misst Verteidigung nach COFOG-Abteilung 02 (Volkswirtschaftliche Gesamtrechnungen); diese App hat nur die Zahlen der NATO, daher steht der NATO-Kernanteil für COFOG 02.</translation>
        </message>
        <message>
            <source>Germany: since March 2025 defence and some security spending above 1 % of GDP is exempt from the debt brake, on a broader definition than NATO's (also civil protection, intelligence, IT security and aid to states under attack).</source>
            <translation>Deutschland: Seit März 2025 sind Verteidigungs- und bestimmte Sicherheitsausgaben über 1 % des BIP von der Schuldenbremse ausgenommen, nach einer weiteren Abgrenzung als der der NATO (auch Zivilschutz, Nachrichtendienste, IT-Sicherheit und Hilfe für angegriffene Staaten).</translation>
        </message>
        <message>
            <source>borrowed at {0}</source>
            <translation>kreditfinanziert zu {0}</translation>
        </message>
        <message>
            <source>paid for by taxes or cuts (nothing borrowed; interest {0})</source>
            <translation>durch Steuern oder Kürzungen bezahlt (nichts kreditfinanziert; Zins {0})</translation>
        </message>
        <message>
            <source>{0} borrowed at {1} and the rest paid for by taxes or cuts</source>
            <translation>{0} kreditfinanziert zu {1} und der Rest durch Steuern oder Kürzungen bezahlt</translation>
        </message>
        <message>
            <source>{0}, this leaves debt unchanged by {1}</source>
            <translation>{0}, bleibt die Verschuldung bis {1} unverändert</translation>
        </message>
        <message>
            <source>{0}, this adds {1:.1f} points to debt by {2}</source>
            <translation>{0}, steigt die Verschuldung bis {2} um {1:.1f} Punkte</translation>
        </message>
        <message>
            <source>{0}, this lowers debt by {1:.1f} points by {2}</source>
            <translation>{0}, sinkt die Verschuldung bis {2} um {1:.1f} Punkte</translation>
        </message>
        <message>
            <source>By {0} general government gross debt is {1:.1f} % of GDP, against {2:.1f} % without the extra spending ({3:+.1f} points); the extra debt is {4} and the extra deficit {5:.2f} % of GDP that year, with interest at {6} a year on the extra debt.</source>
            <translation>{0} beträgt der Bruttoschuldenstand des Staates {1:.1f} % des BIP, gegenüber {2:.1f} % ohne die Zusatzausgaben ({3:+.1f} Punkte); die zusätzlichen Schulden betragen {4} und das zusätzliche Defizit {5:.2f} % des BIP in diesem Jahr, bei einem Zins von {6} pro Jahr auf die zusätzlichen Schulden.</translation>
        </message>
        <message>
            <source>Fiscal assumptions: the extra spending is core and related spending above {0}, from {1}; {2} of it is borrowed at an effective interest rate of {3} a year (nominal; an assumption, as the IMF publishes no such rate) and the rest is paid for by taxes or cuts elsewhere. The extra spending does not change GDP. Debt without it: the IMF's gross debt (WEO October 2025) to 2030, then rising by the IMF's 2030 deficit.</source>
            <translation>Haushaltsannahmen: Die Zusatzausgaben sind Kern- und verwandte Ausgaben über {0}, ab {1}; {2} davon werden zu einem effektiven Zinssatz von {3} pro Jahr kreditfinanziert (nominal; eine Annahme, da der IWF keinen solchen Satz veröffentlicht), der Rest wird durch Steuern oder Kürzungen an anderer Stelle bezahlt. Die Zusatzausgaben verändern das BIP nicht. Schulden ohne sie: die Bruttoschulden laut IWF (WEO Oktober 2025) bis 2030, danach steigend um das IWF-Defizit von 2030.</translation>
        </message>
        <message>
            <source>All of the extra spending is borrowed: no tax rise or cut pays for it.</source>
            <translation>Die Zusatzausgaben werden vollständig über Kredite finanziert: keine Steuererhöhung oder Kürzung bezahlt sie.</translation>
        </message>
        <message>
            <source>In {0} spending is not above {1}: there is nothing to pay for.</source>
            <translation>{0} liegen die Ausgaben nicht über {1}: es ist nichts zu bezahlen.</translation>
        </message>
        <message>
            <source>The part not borrowed in {0}, {1}, takes a tax rise of {2:.2f} % of GDP ({3:.1f} % of general government revenue), or a cut of {4:.1f} % in other government spending.</source>
            <translation>Der nicht kreditfinanzierte Teil {0}, {1}, erfordert eine Steuererhöhung um {2:.2f} % des BIP ({3:.1f} % der Staatseinnahmen) oder eine Kürzung anderer Staatsausgaben um {4:.1f} %.</translation>
        </message>
        <message>
            <source>{0} is not in the EU: its escape clause does not apply.</source>
            <translation>{0} ist nicht in der EU: die Ausweichklausel gilt nicht.</translation>
        </message>
        <message>
            <source>The EU national escape clause is switched off here; the Council activated it for {0} on 8 July 2025 (as reported).</source>
            <translation>Die nationale Ausweichklausel der EU ist hier ausgeschaltet; der Rat hat sie für {0} am 8. Juli 2025 aktiviert (laut Berichten).</translation>
        </message>
        <message>
            <source>The EU national escape clause is not activated for {0}: the Council activated it on 8 July 2025 for 15 states, {0} not among them (as reported). Switch it on to see what it would cover.</source>
            <translation>Die nationale Ausweichklausel der EU ist für {0} nicht aktiviert: der Rat hat sie am 8. Juli 2025 für 15 Staaten aktiviert, {0} nicht darunter (laut Berichten). Schalten Sie sie ein, um zu sehen, was sie abdecken würde.</translation>
        </message>
        <message>
            <source>The EU national escape clause covers 2025 to 2028; this scenario ends before 2028 or has no 2021 figure.</source>
            <translation>Die nationale Ausweichklausel der EU gilt von 2025 bis 2028; dieses Szenario endet vor 2028 oder hat keine Zahl für 2021.</translation>
        </message>
        <message>
            <source>activated by the Council on 8 July 2025, as reported</source>
            <translation>vom Rat am 8. Juli 2025 aktiviert, laut Berichten</translation>
        </message>
        <message>
            <source>switched on here; the Council has not</source>
            <translation>hier eingeschaltet; der Rat hat das nicht getan</translation>
        </message>
        <message>
            <source>EU national escape clause ({0}): from 2025 to 2028 the rise of the core share above its 2021 level of {1:.2f} % is covered up to 1.5 points of GDP; in 2028 {2:.2f} points are covered and {3:.2f} are not.</source>
            <translation>Nationale Ausweichklausel der EU ({0}): von 2025 bis 2028 ist der Anstieg des Kernanteils über sein Niveau von 2021 von {1:.2f} % bis zu 1,5 BIP-Punkten gedeckt; 2028 sind {2:.2f} Punkte gedeckt und {3:.2f} nicht.</translation>
        </message>
        <message>
            <source>After 2028 nothing is covered (the 2028 cliff): in {0} all {1:.2f} points of the rise are outside the clause.</source>
            <translation>Nach 2028 ist nichts mehr gedeckt (die Klippe 2028): {0} liegen alle {1:.2f} Punkte des Anstiegs außerhalb der Klausel.</translation>
        </message>
        <message>
            <source>On this path the core share is {0:.2f} % of GDP in {1}: {2:.2f} points above 1 %.</source>
            <translation>Auf diesem Pfad beträgt der Kernanteil {1} {0:.2f} % des BIP: {2:.2f} Punkte über 1 %.</translation>
        </message>
        <message>
            <source>NATO share × IMF GDP (derived)</source>
            <translation>NATO-Anteil × IWF-BIP (abgeleitet)</translation>
        </message>
        <message>
            <source>user's figure (share of GDP)</source>
            <translation>Zahl des Nutzers (Anteil am BIP)</translation>
        </message>
        <message>
            <source>user's figure (amount)</source>
            <translation>Zahl des Nutzers (Betrag)</translation>
        </message>
        <message>
            <source>NATO published spending</source>
            <translation>von der NATO veröffentlichte Ausgaben</translation>
        </message>
        <message>
            <source>the user's own baseline</source>
            <translation>die eigene Vergleichsbasis des Nutzers</translation>
        </message>
        <message>
            <source>Extra vs {0}</source>
            <translation>Mehrausgaben ggü. Referenz: {0}</translation>
        </message>
        <message>
            <source>current prices</source>
            <translation>laufende Preise</translation>
        </message>
        <message>
            <source>in {0} prices</source>
            <translation>in Preisen von {0}</translation>
        </message>
        <message>
            <source>Base-year spending ({0}): {1}, {2} = {3} of GDP</source>
            <translation>Ausgaben im Basisjahr ({0}): {1}, {2} = {3} des BIP</translation>
        </message>
        <message>
            <source>not named</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>GDP: own figures {0} (source: {1}); constant nominal growth between them, the economy path's growth after the last</source>
            <translation>BIP: eigene Zahlen {0} (Quelle: {1}); konstantes nominales Wachstum dazwischen, nach der letzten das Wachstum des Wirtschaftspfads</translation>
        </message>
        <message>
            <source>Real growth and inflation: IMF path</source>
            <translation>Reales Wachstum und Inflation: IWF-Pfad</translation>
        </message>
        <message>
            <source>Real growth: IMF path; inflation: constant {0}</source>
            <translation>Reales Wachstum: IWF-Pfad; Inflation: konstant {0}</translation>
        </message>
        <message>
            <source>Inflation: IMF path; real growth: constant {0}</source>
            <translation>Inflation: IWF-Pfad; reales Wachstum: konstant {0}</translation>
        </message>
        <message>
            <source>Money: billions of {0}, {1}</source>
            <translation>Geld: Milliarden {0}, {1}</translation>
        </message>
        <message>
            <source>; converted from {0} at the fixed rate {1:.5f} {0} per {2}</source>
            <translation>; umgerechnet aus {0} zum festen Kurs von {1:.5f} {0} je {2}</translation>
        </message>
        <message>
            <source>; converted from {0} at the exchange rate implied by the IMF (NGDP / NGDPD{3}), {1:.4f} {2} per {0} in {4}, {5}</source>
            <translation>; umgerechnet aus {0} zum vom IWF implizierten Wechselkurs (NGDP / NGDPD{3}), {1:.4f} {2} je {0} im Jahr {4}, {5}</translation>
        </message>
        <message>
            <source>; EUR via Germany's implied rate</source>
            <translation>; EUR über den implizierten Kurs Deutschlands</translation>
        </message>
        <message>
            <source>the base year's rate for every year</source>
            <translation>der Kurs des Basisjahres für jedes Jahr</translation>
        </message>
        <message>
            <source>each year's rate, held at its 2030 value after 2030</source>
            <translation>der Kurs jedes Jahres, nach 2030 auf dem Wert von 2030 gehalten</translation>
        </message>
        <message>
            <source>Claim check: {0:,.2f} bn {9} being {1:g} % of GDP in {2} implies GDP of {3:,.2f} bn {9}, nominal growth of {4:.2f} % a year from {8}; the IMF path has {5:,.2f} bn {9} ({6:.2f} % a year), so the claim's GDP is {7:+.1f} % against the IMF's</source>
            <translation>Prüfung der Angabe: {0:,.2f} Mrd. {9} als {1:g} % des BIP im Jahr {2} setzen ein BIP von {3:,.2f} Mrd. {9} voraus, ein nominales Wachstum von {4:.2f} % pro Jahr ab {8}; der IWF-Pfad hat {5:,.2f} Mrd. {9} ({6:.2f} % pro Jahr), das BIP der Angabe liegt also {7:+.1f} % neben dem des IWF</translation>
        </message>
        <message>
            <source>Base-year core spending</source>
            <translation>Kernausgaben im Basisjahr</translation>
        </message>
        <message>
            <source>Base-year core spending ({0})</source>
            <translation>Kernausgaben im Basisjahr ({0})</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>mitgeliefert</translation>
        </message>
        <message>
            <source>Equipment: {0:.1f}% of defence spending in {1} ({2} NATO's {3:g}% guideline); {3:g}% of the projected budget is {4} in the base year and {5} at the horizon. Source: {6}.</source>
            <translation>Ausrüstung: {0:.1f}% der Verteidigungsausgaben {1} ({2} die NATO-Richtlinie von {3:g}%); {3:g}% des projizierten Haushalts sind {4} im Basisjahr und {5} am Horizont. Quelle: {6}.</translation>
        </message>
        <message>
            <source>What changed between editions</source>
            <translation>Was sich zwischen den Ausgaben geändert hat</translation>
        </message>
        <message>
            <source>{0}: the same scenario on two datasets. A (the figures of this report): {1}. B: {2}.</source>
            <translation>{0}: dasselbe Szenario mit zwei Datensätzen. A (die Zahlen dieses Berichts): {1}. B: {2}.</translation>
        </message>
        <message>
            <source>NATO revises past years in every edition and adds a new estimate, so the base share, the base-year money and with them the crossing years can move although no assumption changed.</source>
            <translation>Die NATO überarbeitet in jeder Ausgabe frühere Jahre und fügt eine neue Schätzung hinzu; so können sich der Anteil im Basisjahr, der Betrag in diesem Jahr und damit die Jahre, in denen die Schwellen erreicht werden, verschieben, ohne dass sich eine Annahme geändert hat.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>A: {0}</source>
            <translation>A: {0}</translation>
        </message>
        <message>
            <source>B: {0}</source>
            <translation>B: {0}</translation>
        </message>
        <message>
            <source>B − A</source>
            <translation>B − A</translation>
        </message>
        <message>
            <source>NATO's equipment guideline (20%)</source>
            <translation>NATO-Richtwert für Ausrüstung (20%)</translation>
        </message>
        <message>
            <source>Equipment, % of defence spending</source>
            <translation>Ausrüstung, % der Verteidigungsausgaben</translation>
        </message>
        <message>
            <source>Personnel, % of defence spending</source>
            <translation>Personal, % der Verteidigungsausgaben</translation>
        </message>
        <message>
            <source>Core spending ({0})</source>
            <translation>Kernausgaben ({0})</translation>
        </message>
        <message>
            <source>20% of it for equipment ({0})</source>
            <translation>20% davon für Ausrüstung ({0})</translation>
        </message>
        <message>
            <source>Shares as NATO published them in edition {0} (e: estimate); the money is 20% of this scenario's projected core spending, which the guideline asks to go to major equipment and its research and development.</source>
            <translation>Anteile, wie die NATO sie in der Ausgabe {0} veröffentlicht hat (e: Schätzung); der Betrag sind 20% der projizierten Kernausgaben dieses Szenarios, die der Richtwert für Großgerät und dessen Forschung und Entwicklung vorsieht.</translation>
        </message>
        <message>
            <source>% of defence spending</source>
            <translation>% der Verteidigungsausgaben</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Ausrüstung</translation>
        </message>
        <message>
            <source>Personnel</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>NATO guideline: 20% on equipment</source>
            <translation>NATO-Richtwert: 20% für Ausrüstung</translation>
        </message>
        <message>
            <source>{0}: {1}. Source: {2}.</source>
            <translation>{0}: {1}. Quelle: {2}.</translation>
        </message>
        <message>
            <source>Chart: {0}, {1}, equipment and personnel as % of defence spending, as published in {2} (Table 8a; hollow: estimate).</source>
            <translation>Diagramm: {0}, {1}, Ausrüstung und Personal in % der Verteidigungsausgaben, wie in {2} veröffentlicht (Tabelle 8a; hohl: Schätzung).</translation>
        </message>
        <message>
            <source>core spending would fall below zero; it is held at zero from then on</source>
            <translation>die Kernausgaben würden unter null fallen; sie werden von da an bei null gehalten</translation>
        </message>
        <message>
            <source>NATO's {0} edition has no {1} figure for {2}, so the base year is {3}</source>
            <translation>Die NATO-Ausgabe {0} hat keine Zahl für {1} für {2}, daher ist das Basisjahr {3}</translation>
        </message>
        <message>
            <source>Iceland has no armed forces; NATO publishes no defence expenditure figure for it.</source>
            <translation>Island hat keine Streitkräfte; die NATO veröffentlicht für Island keine Zahl zu den Verteidigungsausgaben.</translation>
        </message>
        <message>
            <source>Values are copied as published; nothing is rounded, interpolated or estimated.</source>
            <translation>Die Werte sind wie veröffentlicht übernommen; nichts ist gerundet, interpoliert oder geschätzt.</translation>
        </message>
        <message>
            <source>NATO year Y is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the UK).</source>
            <translation>Das NATO-Jahr J ist das Haushaltsjahr, das die meisten seiner Monate umfasst (2025 = Haushaltsjahr 2025/26 für Kanada und das Vereinigte Königreich).</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for defence- and security-related spending (the 1.5% category).</source>
            <translation>Die NATO veröffentlicht je Verbündeten keine Zahl für verteidigungs- und sicherheitsrelevante Ausgaben (die Kategorie von 1,5 %).</translation>
        </message>
        <message>
            <source>derived: NATO share × IMF GDP</source>
            <translation>abgeleitet: NATO-Anteil × IWF-BIP</translation>
        </message>
        <message>
            <source>user's figure: share of GDP × IMF GDP</source>
            <translation>eigene Zahl: Anteil am BIP × IWF-BIP</translation>
        </message>
        <message>
            <source>user's figure: amount</source>
            <translation>eigene Zahl: Betrag</translation>
        </message>
        <message>
            <source>{0:g}% {1}</source>
            <translation>{0:g} % {1}</translation>
        </message>
        <message>
            <source>The glide target {0} is below the current share {1}: never below the current share, so the share is held at {1} (allow cuts to glide down)</source>
            <translation>Das Ziel des Gleitpfads ({0}) liegt unter dem aktuellen Anteil ({1}): nie unter dem aktuellen Anteil, daher bleibt der Anteil bei {1} (Kürzungen erlauben, um abzusinken)</translation>
        </message>
        <message>
            <source>NATO Europe and Canada</source>
            <translation>NATO Europa und Kanada</translation>
        </message>
        <message>
            <source>All allies</source>
            <translation>Alle Verbündeten</translation>
        </message>
        <message>
            <source>Totals in billions of {0}, {1}, each ally converted at its exchange rate implied by the IMF (NGDP / NGDPD). Money needed: in the target year alone (that year's gap), and over {2}–{3} (each year's shortfall below a straight line from the base year to the threshold, summed)</source>
            <translation>Summen in Milliarden {0}, {1}, jeder Verbündete zu seinem vom IWF implizierten Wechselkurs umgerechnet (NGDP / NGDPD). Benötigt: allein im Zieljahr (die Lücke dieses Jahres) und über {2}–{3} (der Fehlbetrag jedes Jahres unter einer Geraden vom Basisjahr zur Schwelle, summiert)</translation>
        </message>
        <message>
            <source>{0}: core spending {1} in the base year, {2} in {3}</source>
            <translation>{0}: Kernverteidigungsausgaben {1} im Basisjahr, {2} im Jahr {3}</translation>
        </message>
        <message>
            <source>{0}, {1} {2} by {3}</source>
            <translation>{0}, {1} {2} bis {3}</translation>
        </message>
        <message>
            <source>nothing more: met on this path</source>
            <translation>nichts mehr: auf diesem Pfad erreicht</translation>
        </message>
        <message>
            <source>{0} more in {1} alone; {2} over {3}–{4}</source>
            <translation>{0} mehr allein im Jahr {1}; {2} über {3}–{4}</translation>
        </message>
        <message>
            <source>credible: the core share stays at or above 3.5 % through 2035</source>
            <translation>glaubwürdig: der Kernanteil bleibt bis 2035 bei 3,5 % oder darüber</translation>
        </message>
        <message>
            <source>How sure is that year?</source>
            <translation>Wie sicher ist dieses Jahr?</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Modellkarte</translation>
        </message>
        <message>
            <source>Method: AR(1) shocks to real growth and to GDP-deflator inflation around the economy path</source>
            <translation>Methode: AR(1)-Schocks auf das reale Wachstum und die Inflation des BIP-Deflators um den Wirtschaftspfad</translation>
        </message>
        <message>
            <source>Estimated from the IMF's history {0}–{1}</source>
            <translation>Geschätzt aus der IWF-Historie {0}–{1}</translation>
        </message>
        <message>
            <source>Estimated from the IMF's history {0}–{1}, without {2}</source>
            <translation>Geschätzt aus der IWF-Historie {0}–{1}, ohne {2}</translation>
        </message>
        <message>
            <source>Persistence, volatility and correlation set by the user</source>
            <translation>Persistenz, Volatilität und Korrelation vom Nutzer gesetzt</translation>
        </message>
        <message>
            <source>Real growth: persistence ρ {0:.2f}, volatility σ {1:.2f} pp a year</source>
            <translation>Reales Wachstum: Persistenz ρ {0:.2f}, Volatilität σ {1:.2f} Pp. pro Jahr</translation>
        </message>
        <message>
            <source>Inflation: persistence ρ {0:.2f}, volatility σ {1:.2f} pp a year; correlation {2:+.2f}</source>
            <translation>Inflation: Persistenz ρ {0:.2f}, Volatilität σ {1:.2f} Pp. pro Jahr; Korrelation {2:+.2f}</translation>
        </message>
        <message>
            <source>{0:,} draws, seed {1}</source>
            <translation>{0:,} Ziehungen, Startwert {1}</translation>
        </message>
        <message>
            <source>Execution risk: each year {0} of planned core spending on average not spent (spread {1} pp)</source>
            <translation>Ausführungsrisiko: jedes Jahr werden im Mittel {0} der geplanten Kernausgaben nicht ausgegeben (Streuung {1} Pp.)</translation>
        </message>
        <message>
            <source>{0} by {1}: {2}</source>
            <translation>{0} bis {1}: {2}</translation>
        </message>
        <message>
            <source>This path is fixed as a share of GDP: the share does not spread, the money does.</source>
            <translation>Dieser Pfad ist als Anteil am BIP festgelegt: der Anteil streut nicht, das Geld schon.</translation>
        </message>
        <message>
            <source>This path is fixed in money: the money does not spread, the share of GDP does.</source>
            <translation>Dieser Pfad ist in Geld festgelegt: das Geld streut nicht, der Anteil am BIP schon.</translation>
        </message>
        <message>
            <source>Both the money and the share of GDP spread on this path.</source>
            <translation>Auf diesem Pfad streuen sowohl das Geld als auch der Anteil am BIP.</translation>
        </message>
        <message>
            <source>{0}–{1} % band</source>
            <translation>Band {0}–{1} %</translation>
        </message>
        <message>
            <source>{0}th percentile</source>
            <translation>{0}. Perzentil</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>Zieljahr</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Wahrscheinlichkeit</translation>
        </message>
        <message>
            <source>Most likely crossing</source>
            <translation>Wahrscheinlichste Überschreitung</translation>
        </message>
        <message>
            <source>Not by the horizon</source>
            <translation>Nicht bis zum Horizont</translation>
        </message>
        <message>
            <source>Year first reached: {0}</source>
            <translation>Jahr des ersten Erreichens: {0}</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Share of draws</source>
            <translation>Anteil der Ziehungen</translation>
        </message>
        <message>
            <source>Sensitivity: one assumption moved at a time</source>
            <translation>Sensitivität: jeweils eine Annahme verschoben</translation>
        </message>
        <message>
            <source>Real growth</source>
            <translation>Reales Wachstum</translation>
        </message>
        <message>
            <source>Inflation</source>
            <translation>Inflation</translation>
        </message>
        <message>
            <source>Core spending growth</source>
            <translation>Wachstum der Kernausgaben</translation>
        </message>
        <message>
            <source>{0} {1:+g} pp a year</source>
            <translation>{0} {1:+g} Pp. pro Jahr</translation>
        </message>
        <message>
            <source>Central case</source>
            <translation>Zentralfall</translation>
        </message>
        <message>
            <source>{0} {1}: year · share in {2}</source>
            <translation>{0} {1}: Jahr · Anteil {2}</translation>
        </message>
        <message>
            <source>Real growth and inflation move in every projected year; core spending grows the step faster or slower each year than planned.</source>
            <translation>Reales Wachstum und Inflation verschieben sich in jedem projizierten Jahr; die Kernausgaben wachsen jedes Jahr um den Schritt schneller oder langsamer als geplant.</translation>
        </message>
        <message>
            <source>The shaded band on the chart holds the middle 80 % of {0} draws (10th to 90th percentile), the lighter one 90 % (5th to 95th).</source>
            <translation>Das schattierte Band im Diagramm enthält die mittleren 80 % von {0} Ziehungen (10. bis 90. Perzentil), das hellere 90 % (5. bis 95.).</translation>
        </message>
        <message>
            <source>The band of the core share and of core money (pN: the Nth percentile of the draws)</source>
            <translation>Das Band des Kernanteils und des Kerngelds (pN: das N-te Perzentil der Ziehungen)</translation>
        </message>
        <message>
            <source>Core % p{0}</source>
            <translation>Kern % p{0}</translation>
        </message>
        <message>
            <source>Core bn {1} p{0}</source>
            <translation>Kern Mrd. {1} p{0}</translation>
        </message>
        <message>
            <source>Core share, 10th–90th percentile of the draws</source>
            <translation>Kernanteil, 10. bis 90. Perzentil der Ziehungen</translation>
        </message>
        <message>
            <source>{0} by {1}: …</source>
            <translation>{0} bis {1}: …</translation>
        </message>
        <message>
            <source>constant base-year prices</source>
            <translation>konstante Preise des Basisjahres</translation>
        </message>
        <message>
            <source>national currency</source>
            <translation>Landeswährung</translation>
        </message>
        <message>
            <source>US dollars (IMF implied rate)</source>
            <translation>US-Dollar (vom IWF implizierter Kurs)</translation>
        </message>
        <message>
            <source>euros (IMF implied rate)</source>
            <translation>Euro (vom IWF implizierter Kurs)</translation>
        </message>
        <message>
            <source>Dataset: {0} (bundled)</source>
            <translation>Datensatz: {0} (mitgeliefert)</translation>
        </message>
        <message>
            <source>Dataset: {0} (imported {1})</source>
            <translation>Datensatz: {0} (importiert am {1})</translation>
        </message>
        <message>
            <source>NATO {0}</source>
            <translation>NATO {0}</translation>
        </message>
        <message>
            <source>{0}: release of {1}, cut-off {2}. Data ▸ Datasets… lists and switches datasets.</source>
            <translation>{0}: Veröffentlichung vom {1}, Stichtag {2}. Daten ▸ Datensätze… listet und wechselt Datensätze.</translation>
        </message>
        <message>
            <source>Equipment: dataset {0} has no distribution by category (NATO's Tables 8a/8b), so its share against NATO's 20% guideline is not known; import a NATO workbook that has them.</source>
            <translation>Ausrüstung: der Datensatz {0} hat keine Aufteilung nach Kategorien (NATO-Tabellen 8a/8b), daher ist ihr Anteil gegenüber der 20%-Richtlinie der NATO nicht bekannt; importieren Sie eine NATO-Arbeitsmappe, die sie enthält.</translation>
        </message>
        <message>
            <source>Dataset {0} has no {1} edition; using its {2} edition.</source>
            <translation>Der Datensatz {0} hat keine Ausgabe {1}; seine Ausgabe {2} wird verwendet.</translation>
        </message>
        <message>
            <source>Extra spending measured against {0}, summed over {1}–{2}</source>
            <translation>Mehrausgaben, Referenz: {0}, summiert über {1}–{2}</translation>
        </message>
        <message>
            <source>Base year {0} is not in dataset {1}; using its latest year ({2}).</source>
            <translation>Das Basisjahr {0} ist nicht im Datensatz {1}; sein letztes Jahr ({2}) wird verwendet.</translation>
        </message>
        <message>
            <source>{0} cannot be projected with dataset {1}; showing {2}.</source>
            <translation>{0} kann mit dem Datensatz {1} nicht projiziert werden; {2} wird angezeigt.</translation>
        </message>
        <message>
            <source>Base share, % of GDP</source>
            <translation>Basisanteil, % des BIP</translation>
        </message>
        <message>
            <source>Reaches {0}</source>
            <translation>Erreicht {0}</translation>
        </message>
        <message>
            <source>Required growth for {0} by {1}, % a year</source>
            <translation>Nötiges Wachstum für {0} bis {1}, % pro Jahr</translation>
        </message>
        <message>
            <source>met ({0})</source>
            <translation>erfüllt ({0})</translation>
        </message>
        <message>
            <source>not by horizon</source>
            <translation>nicht bis zum Horizont</translation>
        </message>
        <message>
            <source>same</source>
            <translation>gleich</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>{0} · NATO {1} (edition {2})</source>
            <translation>{0} · NATO {1} (Ausgabe {2})</translation>
        </message>
        <message>
            <source>meets</source>
            <translation>erfüllt</translation>
        </message>
        <message>
            <source>is below</source>
            <translation>liegt unter</translation>
        </message>
        <message>
            <source>Personnel: {0:.1f}% of defence spending in {1}.</source>
            <translation>Personal: {0:.1f}% der Verteidigungsausgaben {1}.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Jahreswerte</translation>
        </message>
        <message>
            <source>Fiscal</source>
            <translation>Haushalt</translation>
        </message>
        <message>
            <source>Alliance</source>
            <translation>Bündnis</translation>
        </message>
        <message>
            <source>Uncertainty</source>
            <translation>Unsicherheit</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Vergleich</translation>
        </message>
        <message>
            <source>Share of GDP</source>
            <translation>Anteil am BIP</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Szenarien</translation>
        </message>
        <message>
            <source>Key results per threshold</source>
            <translation>Wichtigste Ergebnisse je Schwelle</translation>
        </message>
        <message>
            <source>Value (% of GDP)</source>
            <translation>Wert (% des BIP)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maß</translation>
        </message>
        <message>
            <source>Year reached</source>
            <translation>Jahr erreicht</translation>
        </message>
        <message>
            <source>Holds to horizon</source>
            <translation>Hält bis zum Horizont</translation>
        </message>
        <message>
            <source>Share at target (%)</source>
            <translation>Anteil im Zieljahr (%)</translation>
        </message>
        <message>
            <source>Gap at target (pp; + = short)</source>
            <translation>Lücke im Zieljahr (Pp.; + = fehlt)</translation>
        </message>
        <message>
            <source>Needed at target</source>
            <translation>Benötigt im Zieljahr</translation>
        </message>
        <message>
            <source>Required nominal growth (%/yr)</source>
            <translation>Erforderliches nominales Wachstum (%/Jahr)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Ally</source>
            <translation>Verbündeter</translation>
        </message>
        <message>
            <source>Hague check (3.5 % core by 2035, credible incremental path)</source>
            <translation>Haager Prüfung (3,5 % Kern bis 2035, glaubwürdiger, schrittweiser Pfad)</translation>
        </message>
        <message>
            <source>Core share never falls to 2035</source>
            <translation>Der Kernanteil sinkt bis 2035 nie</translation>
        </message>
        <message>
            <source>Core share in 2035 (%)</source>
            <translation>Kernanteil 2035 (%)</translation>
        </message>
        <message>
            <source>Reaches 3.5 % core by 2035</source>
            <translation>Erreicht 3,5 % Kern bis 2035</translation>
        </message>
        <message>
            <source>Credible, incremental path</source>
            <translation>Glaubwürdiger, schrittweiser Pfad</translation>
        </message>
        <message>
            <source>2029 review</source>
            <translation>Überprüfung 2029</translation>
        </message>
        <message>
            <source>2029 review: core share (%)</source>
            <translation>Überprüfung 2029: Kernanteil (%)</translation>
        </message>
        <message>
            <source>2029 review: straight line to 3.5 % in 2035 (%)</source>
            <translation>Überprüfung 2029: Gerade bis 3,5 % im Jahr 2035 (%)</translation>
        </message>
        <message>
            <source>2029 review: gap to the line (pp)</source>
            <translation>Überprüfung 2029: Abstand zur Geraden (Pp.)</translation>
        </message>
        <message>
            <source>On track at the 2029 review</source>
            <translation>Auf Kurs bei der Überprüfung 2029</translation>
        </message>
        <message>
            <source>vs constant share of GDP</source>
            <translation>gegenüber einem konstanten BIP-Anteil</translation>
        </message>
        <message>
            <source>vs cash freeze</source>
            <translation>gegenüber einem nominalen Einfrieren</translation>
        </message>
        <message>
            <source>vs real freeze</source>
            <translation>gegenüber einem realen Einfrieren</translation>
        </message>
        <message>
            <source>Real growth %</source>
            <translation>Reales Wachstum %</translation>
        </message>
        <message>
            <source>Inflation %</source>
            <translation>Inflation %</translation>
        </message>
        <message>
            <source>Core defence</source>
            <translation>Kernverteidigung</translation>
        </message>
        <message>
            <source>Core % GDP</source>
            <translation>Kern % BIP</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>Verbunden</translation>
        </message>
        <message>
            <source>Related % GDP</source>
            <translation>Verwandt % BIP</translation>
        </message>
        <message>
            <source>Total % GDP</source>
            <translation>Gesamt % BIP</translation>
        </message>
        <message>
            <source>Core, base-year prices</source>
            <translation>Kern, Preise des Basisjahres</translation>
        </message>
        <message>
            <source>Extra vs constant share</source>
            <translation>Mehr gegenüber konstantem Anteil</translation>
        </message>
        <message>
            <source>Extra vs cash freeze</source>
            <translation>Mehr gegenüber nominalem Einfrieren</translation>
        </message>
        <message>
            <source>Extra vs real freeze</source>
            <translation>Mehr gegenüber realem Einfrieren</translation>
        </message>
        <message>
            <source>Core per capita</source>
            <translation>Kern je Einwohner</translation>
        </message>
        <message>
            <source>Core % of gov. spending</source>
            <translation>Kern % der Staatsausgaben</translation>
        </message>
        <message>
            <source>Cumulative extra vs constant share</source>
            <translation>Kumuliertes Mehr gegenüber konstantem Anteil</translation>
        </message>
        <message>
            <source>Cumulative extra vs cash freeze</source>
            <translation>Kumuliertes Mehr gegenüber nominalem Einfrieren</translation>
        </message>
        <message>
            <source>Cumulative extra vs real freeze</source>
            <translation>Kumuliertes Mehr gegenüber realem Einfrieren</translation>
        </message>
        <message>
            <source>GDP deflator index (base year = 1)</source>
            <translation>Index des BIP-Deflators (Basisjahr = 1)</translation>
        </message>
        <message>
            <source>Extra spending</source>
            <translation>Mehrausgaben</translation>
        </message>
        <message>
            <source>Borrowed</source>
            <translation>Kreditfinanziert</translation>
        </message>
        <message>
            <source>Interest on extra debt</source>
            <translation>Zinsen auf die zusätzlichen Schulden</translation>
        </message>
        <message>
            <source>Extra debt</source>
            <translation>Zusätzliche Schulden</translation>
        </message>
        <message>
            <source>Extra deficit % GDP</source>
            <translation>Zusätzliches Defizit % BIP</translation>
        </message>
        <message>
            <source>Debt % GDP without (IMF path)</source>
            <translation>Schulden % BIP ohne (IWF-Pfad)</translation>
        </message>
        <message>
            <source>Debt % GDP with</source>
            <translation>Schulden % BIP mit</translation>
        </message>
        <message>
            <source>Effect (points of GDP)</source>
            <translation>Wirkung (BIP-Punkte)</translation>
        </message>
        <message>
            <source>Not borrowed</source>
            <translation>Nicht kreditfinanziert</translation>
        </message>
        <message>
            <source>Tax rise % GDP</source>
            <translation>Steuererhöhung % BIP</translation>
        </message>
        <message>
            <source>Government revenue</source>
            <translation>Staatseinnahmen</translation>
        </message>
        <message>
            <source>Tax rise % revenue</source>
            <translation>Steuererhöhung % der Einnahmen</translation>
        </message>
        <message>
            <source>Other government spending</source>
            <translation>Sonstige Staatsausgaben</translation>
        </message>
        <message>
            <source>Cut % other spending</source>
            <translation>Kürzung % der sonstigen Ausgaben</translation>
        </message>
        <message>
            <source>Core share %</source>
            <translation>Kernanteil %</translation>
        </message>
        <message>
            <source>Rise over 2021</source>
            <translation>Anstieg gegenüber 2021</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Gedeckt</translation>
        </message>
        <message>
            <source>Not covered</source>
            <translation>Nicht gedeckt</translation>
        </message>
        <message>
            <source>Sources of the fiscal block</source>
            <translation>Quellen des Haushaltsteils</translation>
        </message>
        <message>
            <source>Interest rate on the extra debt (% a year, nominal)</source>
            <translation>Zinssatz auf die zusätzlichen Schulden (% pro Jahr, nominal)</translation>
        </message>
        <message>
            <source>Borrowed share of the extra spending (%)</source>
            <translation>Kreditfinanzierter Anteil der Mehrausgaben (%)</translation>
        </message>
        <message>
            <source>EU escape clause applies (1 yes, 0 no)</source>
            <translation>EU-Ausweichklausel gilt (1 ja, 0 nein)</translation>
        </message>
        <message>
            <source>Core share in 2021, % of GDP (stand-in for COFOG 02)</source>
            <translation>Kernanteil 2021, % des BIP (anstelle von COFOG 02)</translation>
        </message>
        <message>
            <source>Differs from the default</source>
            <translation>Weicht vom Standard ab</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Einstellung</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Differs</source>
            <translation>Weicht ab</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>Datenquellen</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Dataset title</source>
            <translation>Titel des Datensatzes</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>Version der Anwendung</translation>
        </message>
        <message>
            <source>Source id</source>
            <translation>Quellen-ID</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Herausgeber</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>Cut-off</source>
            <translation>Stichtag</translation>
        </message>
        <message>
            <source>Estimates</source>
            <translation>Schätzungen</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Grundlage</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Files and SHA-256 checksums</source>
            <translation>Dateien und SHA-256-Prüfsummen</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Kern</translation>
        </message>
        <message>
            <source>Core %</source>
            <translation>Kern %</translation>
        </message>
        <message>
            <source>Related %</source>
            <translation>Verbunden %</translation>
        </message>
        <message>
            <source>Total %</source>
            <translation>Gesamt %</translation>
        </message>
        <message>
            <source>Extra vs const. share</source>
            <translation>Mehr ggü. konstantem Anteil</translation>
        </message>
        <message>
            <source>Core % gov. spending</source>
            <translation>Kern % Staatsausg.</translation>
        </message>
        <message>
            <source>Debt % GDP without</source>
            <translation>Schulden % BIP ohne</translation>
        </message>
        <message>
            <source>Effect (points)</source>
            <translation>Wirkung (Punkte)</translation>
        </message>
        <message>
            <source>Escape clause: covered</source>
            <translation>Ausweichklausel: gedeckt</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>nicht gedeckt</translation>
        </message>
        <message>
            <source>Budget impact: deficit and debt</source>
            <translation>Haushaltswirkung: Defizit und Schulden</translation>
        </message>
        <message>
            <source>Sources of the fiscal block:</source>
            <translation>Quellen des Haushaltsteils:</translation>
        </message>
        <message>
            <source>Growth adjustment</source>
            <translation>Wachstumsanpassung</translation>
        </message>
        <message>
            <source>Inflation adjustment</source>
            <translation>Inflationsanpassung</translation>
        </message>
        <message>
            <source>Related spending</source>
            <translation>Verbundene Ausgaben</translation>
        </message>
        <message>
            <source>latest</source>
            <translation>neuestes</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notizen:</translation>
        </message>
        <message>
            <source>Base %</source>
            <translation>Basisanteil %</translation>
        </message>
        <message>
            <source>Your own numbers:</source>
            <translation>Ihre eigenen Zahlen:</translation>
        </message>
        <message>
            <source>unnamed scenario</source>
            <translation>unbenanntes Szenario</translation>
        </message>
        <message>
            <source>Assumptions (the same for every ally)</source>
            <translation>Annahmen (dieselben für alle Verbündeten)</translation>
        </message>
        <message>
            <source>ISO3</source>
            <translation>ISO3-Code</translation>
        </message>
        <message>
            <source>Base share (% of GDP)</source>
            <translation>Anteil im Basisjahr (% des BIP)</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>national currency as the IMF states it; never converted</source>
            <translation>Landeswährung, wie der IWF sie angibt; nie umgerechnet</translation>
        </message>
        <message>
            <source>derived = NATO share × IMF GDP</source>
            <translation>abgeleitet = NATO-Anteil × IWF-BIP</translation>
        </message>
        <message>
            <source>negative means behind the line</source>
            <translation>negativ: hinter der Geraden</translation>
        </message>
        <message>
            <source>no thresholds enabled</source>
            <translation>keine Schwelle aktiviert</translation>
        </message>
        <message>
            <source>change these: the formulas below follow</source>
            <translation>diese Werte ändern: die Formeln darunter folgen</translation>
        </message>
        <message>
            <source>Probability and not by the horizon: % of the draws</source>
            <translation>Wahrscheinlichkeit und „nicht bis zum Horizont“: % der Ziehungen</translation>
        </message>
        <message>
            <source>% of the draws</source>
            <translation>% der Ziehungen</translation>
        </message>
        <message>
            <source>Core share of GDP over the draws (%)</source>
            <translation>Kernanteil am BIP über die Ziehungen (%)</translation>
        </message>
        <message>
            <source>Total (core + counted related)</source>
            <translation>Gesamt (Kern + angerechnete verbundene Ausgaben)</translation>
        </message>
        <message>
            <source>Core defence spending, % of GDP</source>
            <translation>Kernverteidigungsausgaben, % des BIP</translation>
        </message>
        <message>
            <source>Assumptions and result</source>
            <translation>Annahmen und Ergebnis</translation>
        </message>
        <message>
            <source>The scenarios</source>
            <translation>Die Szenarien</translation>
        </message>
        <message>
            <source>Compared with the default scenario: IMF baseline economy (IMF WEO October 2025 growth and deflator, held after 2030), core spending at a constant share of GDP, no related spending, default thresholds.</source>
            <translation>Verglichen mit dem Standardszenario: IWF-Basiswirtschaft (Wachstum und Deflator des WEO vom Oktober 2025, nach 2030 gehalten), Kernausgaben mit konstantem Anteil am BIP, keine verbundenen Ausgaben, Standardschwellen.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>unlabelled</source>
            <translation>ohne Bezeichnung</translation>
        </message>
        <message>
            <source>latest NATO year</source>
            <translation>letztes NATO-Jahr</translation>
        </message>
        <message>
            <source>Money is derived by the calculator: defence spending = NATO share of GDP × IMF GDP (billions of national currency, current prices). NATO's own published money figures are not used for the projection.</source>
            <translation>Die Beträge leitet der Rechner ab: Verteidigungsausgaben = NATO-Anteil am BIP × IWF-BIP (Milliarden Landeswährung, laufende Preise). Die von der NATO veröffentlichten Geldbeträge werden für die Projektion nicht verwendet.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Share % GDP</source>
            <translation>Anteil % BIP</translation>
        </message>
        <message>
            <source>ally</source>
            <translation>Verbündeter</translation>
        </message>
        <message>
            <source>aggregate</source>
            <translation>Aggregat</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Iceland has no armed forces: NATO publishes no figure.</source>
            <translation>Island hat keine Streitkräfte: Die NATO veröffentlicht keine Zahl.</translation>
        </message>
        <message>
            <source>Editions</source>
            <translation>Ausgaben</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importiert</translation>
        </message>
        <message>
            <source>* the active dataset (`data use ID`)</source>
            <translation>* der aktive Datensatz (`data use ID`)</translation>
        </message>
        <message>
            <source>Defence Budget What-If Calculator: {0}</source>
            <translation>Szenariorechner für Verteidigungshaushalte: {0}</translation>
        </message>
        <message>
            <source>Budget impact: {0}</source>
            <translation>Haushaltswirkung: {0}</translation>
        </message>
        <message>
            <source>NATO allies: the year each threshold is reached (horizon {0})</source>
            <translation>NATO-Verbündete: das Jahr, in dem jede Schwelle erreicht wird (Horizont {0})</translation>
        </message>
        <message>
            <source>Base year {0}: core share (% of GDP)</source>
            <translation>Basisjahr {0}: Kernanteil (% des BIP)</translation>
        </message>
        <message>
            <source>Base year {0}: GDP ({1})</source>
            <translation>Basisjahr {0}: BIP ({1})</translation>
        </message>
        <message>
            <source>Base year {0}: core defence ({1})</source>
            <translation>Basisjahr {0}: Kernverteidigung ({1})</translation>
        </message>
        <message>
            <source>Extra core spending, cumulative {0} ({1})</source>
            <translation>Zusätzliche Kernausgaben, kumuliert {0} ({1})</translation>
        </message>
        <message>
            <source>Line: {0}</source>
            <translation>Linie: {0}</translation>
        </message>
        <message>
            <source>Assumptions: {0}, {1}</source>
            <translation>Annahmen: {0}, {1}</translation>
        </message>
        <message>
            <source>{0}: defence spending scenario</source>
            <translation>{0}: Szenario der Verteidigungsausgaben</translation>
        </message>
        <message>
            <source>{0} ({1}) · money in {2} of {3}, current prices · prepared {4}</source>
            <translation>{0} ({1}) · Beträge in {2} {3}, laufende Preise · erstellt am {4}</translation>
        </message>
        <message>
            <source>Base year {0} ({1}): NATO puts {2} at {3:.2f} % of GDP, which is {4} on IMF GDP (derived). Core spending path: {5}.</source>
            <translation>Basisjahr {0} ({1}): Die NATO beziffert die Verteidigungsausgaben von {2} auf {3:.2f} % des BIP, das sind {4} auf Basis des IWF-BIP (abgeleitet). Pfad der Kernausgaben: {5}.</translation>
        </message>
        <message>
            <source>{0} ({1}) · money in {2} of {3}, {4} · prepared {5}</source>
            <translation>{0} ({1}) · Beträge in {2} {3}, {4} · erstellt am {5}</translation>
        </message>
        <message>
            <source>{0}. Core spending path: {1}.</source>
            <translation>{0}. Pfad der Kernausgaben: {1}.</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>Ist-Wert</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>Schätzung</translation>
        </message>
        <message>
            <source>projection</source>
            <translation>Projektion</translation>
        </message>
        <message>
            <source>{0} · Defence Budget What-If Calculator {1} · dataset {2}</source>
            <translation>{0} · Szenariorechner für Verteidigungshaushalte {1} · Datensatz {2}</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Seite {0} von {1}</translation>
        </message>
        <message>
            <source>The alliance: thresholds by ally</source>
            <translation>Das Bündnis: Schwellen je Verbündeten</translation>
        </message>
        <message>
            <source>The alliance: when does each ally reach each threshold?</source>
            <translation>Das Bündnis: Wann erreicht jeder Verbündete jede Schwelle?</translation>
        </message>
        <message>
            <source>Prepared {0} · dataset {1}</source>
            <translation>Erstellt am {0} · Datensatz {1}</translation>
        </message>
        <message>
            <source>Every ally under the same assumptions: core spending {0}.</source>
            <translation>Alle Verbündeten unter denselben Annahmen: Kernausgaben {0}.</translation>
        </message>
        <message>
            <source>Iceland has no armed forces and no NATO figure, so it is not listed.</source>
            <translation>Island hat keine Streitkräfte und keine NATO-Zahl und ist daher nicht aufgeführt.</translation>
        </message>
        <message>
            <source>Core % {0}</source>
            <translation>Kern % {0}</translation>
        </message>
        <message>
            <source>{0}, core defence spending as % of GDP. Sources: NATO, {1}, {2} (cut-off {3}); IMF World Economic Outlook, October 2025. Projection from {4}: Defence Budget What-If Calculator {5}.</source>
            <translation>{0}, Kernverteidigungsausgaben in % des BIP. Quellen: NATO, {1}, {2} (Stichtag {3}); IWF, World Economic Outlook, Oktober 2025. Projektion ab {4}: Szenariorechner für Verteidigungshaushalte {5}.</translation>
        </message>
        <message>
            <source>{0} ({1}), base year {2} ({3}): {4:.2f}% of GDP = {5:,.2f} {6} {7} ({8})</source>
            <translation>{0} ({1}), Basisjahr {2} ({3}): {4:.2f} % des BIP = {5:,.2f} {6} {7} ({8})</translation>
        </message>
        <message>
            <source>Economy: {0}. Core spending: {1}.</source>
            <translation>Wirtschaft: {0}. Kernausgaben: {1}.</translation>
        </message>
        <message>
            <source>Note: {0}</source>
            <translation>Hinweis: {0}</translation>
        </message>
        <message>
            <source>Sources: {0}</source>
            <translation>Quellen: {0}</translation>
        </message>
        <message>
            <source>{0}, {1}, {2} (cut-off {3})</source>
            <translation>{0}, {1}, {2} (Stichtag {3})</translation>
        </message>
        <message>
            <source>Dataset {0}.</source>
            <translation>Datensatz {0}.</translation>
        </message>
        <message>
            <source>cut-off {0}</source>
            <translation>Stichtag {0}</translation>
        </message>
        <message>
            <source>Dataset {0}; every data file is checked against its SHA-256 at start-up.</source>
            <translation>Datensatz {0}; jede Datendatei wird beim Start anhand ihrer SHA-256-Prüfsumme geprüft.</translation>
        </message>
        <message>
            <source>Core defence spending as a share of GDP, {0}–{1}. Money in {2} of {3}, current prices.</source>
            <translation>Kernverteidigungsausgaben als Anteil am BIP, {0}–{1}. Beträge in {2} {3}, laufende Preise.</translation>
        </message>
        <message>
            <source>NATO {0}, {1}, {2} edition</source>
            <translation>NATO, {0}, {1}, Ausgabe {2}</translation>
        </message>
        <message>
            <source>share held at {0:.2f} %</source>
            <translation>Anteil bei {0:.2f} % gehalten</translation>
        </message>
        <message>
            <source>{0} amount every year</source>
            <translation>Betrag von {0} in jedem Jahr</translation>
        </message>
        <message>
            <source>{0} amount indexed to the GDP deflator</source>
            <translation>Betrag von {0}, an den BIP-Deflator angepasst</translation>
        </message>
        <message>
            <source>from {0:.2f} % in {1}</source>
            <translation>ab {0:.2f} % im Jahr {1}</translation>
        </message>
        <message>
            <source>{0}: defence spending, % of GDP</source>
            <translation>{0}: Verteidigungsausgaben, % des BIP</translation>
        </message>
        <message>
            <source>Money in {0} of {1}, current prices, except base-year prices where stated; projected spending is derived (share × GDP), not published by NATO. Base year {2}: NATO share ({3}) × {4}. Real growth and inflation are blank in the base year. Shares, base-year prices, extra and cumulative spending are formulas over GDP, spending and inflation: change a year's spending and they follow, with the chart. Columns after the gap hold the threshold lines drawn on the chart.</source>
            <translation>Beträge in {0} {1}, laufende Preise, außer Preisen des Basisjahres, wo angegeben; die projizierten Ausgaben sind abgeleitet (Anteil × BIP), nicht von der NATO veröffentlicht. Basisjahr {2}: NATO-Anteil ({3}) × {4}. Realwachstum und Inflation sind im Basisjahr leer. Anteile, Preise des Basisjahres, Mehrausgaben und kumulierte Ausgaben sind Formeln über BIP, Ausgaben und Inflation: Ändern Sie die Ausgaben eines Jahres, folgen sie mit dem Diagramm. Die Spalten nach der Lücke enthalten die Schwellenlinien des Diagramms.</translation>
        </message>
        <message>
            <source>Money in {0} of {1}, current prices. Extra spending (core and related spending above the fiscal baseline) and the IMF's figures are inputs; borrowing, interest, extra debt, the deficit and the ratios are formulas over them and over the interest rate and borrowed share at the top. Revenue and other spending after 2030 hold their 2030 ratios to GDP.</source>
            <translation>Beträge in {0} {1}, laufende Preise. Die Mehrausgaben (Kern- und verbundene Ausgaben über der Haushaltsreferenz) und die Zahlen des IWF sind Eingaben; Kreditaufnahme, Zinsen, zusätzliche Schulden, Defizit und Quoten sind Formeln darüber und über den Zinssatz und den kreditfinanzierten Anteil oben. Nach 2030 behalten Einnahmen und übrige Ausgaben ihre Quote am BIP von 2030.</translation>
        </message>
        <message>
            <source>Estimates are flagged: NATO figures for these years are estimates ({0}); IMF figures after each ally's last actual year are projections.</source>
            <translation>Schätzungen sind gekennzeichnet: Die NATO-Zahlen für diese Jahre sind Schätzungen ({0}); IWF-Zahlen nach dem letzten Ist-Jahr jedes Verbündeten sind Projektionen.</translation>
        </message>
        <message>
            <source>{0} edition: {1}</source>
            <translation>Ausgabe {0}: {1}</translation>
        </message>
        <message>
            <source>{0}: {1} by {2}</source>
            <translation>{0}: {1} bis {2}</translation>
        </message>
        <message>
            <source>{0} (off)</source>
            <translation>{0} (aus)</translation>
        </message>
        <message>
            <source>latest NATO year ({0})</source>
            <translation>letztes NATO-Jahr ({0})</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>Total % p{0}</source>
            <translation>Gesamt % p{0}</translation>
        </message>
        <message>
            <source>{0}: year reached</source>
            <translation>{0}: Jahr erreicht</translation>
        </message>
        <message>
            <source>{0}: % of GDP in {1}</source>
            <translation>{0}: % des BIP {1}</translation>
        </message>
        <message>
            <source>{0} · dataset {1}</source>
            <translation>{0} · Datensatz {1}</translation>
        </message>
        <message>
            <source>NATO {0} edition; {1}</source>
            <translation>NATO-Ausgabe {0}; {1}</translation>
        </message>
        <message>
            <source>Every ally: {0}; core spending {1}. {2}</source>
            <translation>Alle Verbündeten: {0}; Kernausgaben: {1}. {2}</translation>
        </message>
        <message>
            <source>Economy preset</source>
            <translation>Wirtschaftsvorgabe</translation>
        </message>
        <message>
            <source>Growth adj.</source>
            <translation>Wachstumsanp.</translation>
        </message>
        <message>
            <source>Inflation adj.</source>
            <translation>Inflationsanp.</translation>
        </message>
        <message>
            <source>Per-year overrides</source>
            <translation>Jahreswerte</translation>
        </message>
        <message>
            <source>Growth</source>
            <translation>Wachstum</translation>
        </message>
        <message>
            <source>Glide path target</source>
            <translation>Ziel des Gleitpfads</translation>
        </message>
        <message>
            <source>Glide path year</source>
            <translation>Jahr des Gleitpfads</translation>
        </message>
        <message>
            <source>Amount each year</source>
            <translation>Betrag pro Jahr</translation>
        </message>
        <message>
            <source>Custom points</source>
            <translation>Eigene Punkte</translation>
        </message>
        <message>
            <source>Related share</source>
            <translation>Anteil verwandter Ausgaben</translation>
        </message>
        <message>
            <source>Related target</source>
            <translation>Ziel verwandter Ausgaben</translation>
        </message>
        <message>
            <source>Related by year</source>
            <translation>Verwandte Ausgaben je Jahr</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Ausgangspunkt</translation>
        </message>
        <message>
            <source>My share</source>
            <translation>Mein Anteil</translation>
        </message>
        <message>
            <source>My amount</source>
            <translation>Mein Betrag</translation>
        </message>
        <message>
            <source>GDP path</source>
            <translation>BIP-Pfad</translation>
        </message>
        <message>
            <source>GDP source</source>
            <translation>Quelle des BIP</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Preise</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Vergleichsbasis</translation>
        </message>
        <message>
            <source>Baseline file</source>
            <translation>Datei der Vergleichsbasis</translation>
        </message>
        <message>
            <source>Sum from</source>
            <translation>Summe ab</translation>
        </message>
        <message>
            <source>Sum to</source>
            <translation>Summe bis</translation>
        </message>
        <message>
            <source>Real growth from</source>
            <translation>Reales Wachstum nach</translation>
        </message>
        <message>
            <source>Inflation from</source>
            <translation>Inflation nach</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Angabe</translation>
        </message>
        <message>
            <source>Claim amount</source>
            <translation>Betrag der Angabe</translation>
        </message>
        <message>
            <source>Claim share</source>
            <translation>Anteil der Angabe</translation>
        </message>
        <message>
            <source>Claim year</source>
            <translation>Jahr der Angabe</translation>
        </message>
        <message>
            <source>year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>real growth</source>
            <translation>reales Wachstum</translation>
        </message>
        <message>
            <source>inflation</source>
            <translation>Inflation</translation>
        </message>
        <message>
            <source>share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% des BIP</translation>
        </message>
        <message>
            <source>measure</source>
            <translation>Maß</translation>
        </message>
        <message>
            <source>target year</source>
            <translation>Zieljahr</translation>
        </message>
        <message>
            <source>label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>GDP</source>
            <translation>BIP</translation>
        </message>
        <message>
            <source>row {0}</source>
            <translation>Zeile {0}</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <source>{0}, base year {1}, horizon {2}. Economy: {3}. Core spending: {4}. Related spending: {5}. {6}</source>
            <translation>{0}, Basisjahr {1}, Horizont {2}. Wirtschaft: {3}. Kernausgaben: {4}. Verbundene Ausgaben: {5}. {6}</translation>
        </message>
        <message>
            <source>EU national escape clause: up to 1.5 % of GDP of additional defence expenditure a year, up to 2028</source>
            <translation>Nationale Ausweichklausel der EU: bis zu 1,5 % des BIP an zusätzlichen Verteidigungsausgaben pro Jahr, bis 2028</translation>
        </message>
        <message>
            <source>the increase is measured against the 2021 level of defence expenditure</source>
            <translation>der Anstieg wird am Niveau der Verteidigungsausgaben von 2021 gemessen</translation>
        </message>
        <message>
            <source>the EU measures defence by COFOG division 02, not NATO's definition</source>
            <translation>die EU misst Verteidigung nach COFOG-Abteilung 02, nicht nach der NATO-Definition</translation>
        </message>
        <message>
            <source>activated by the Council on 8 July 2025 for 15 states</source>
            <translation>am 8. Juli 2025 vom Rat für 15 Staaten aktiviert</translation>
        </message>
        <message>
            <source>Germany: defence and some security spending above 1 % of GDP is exempt from the debt brake (constitutional change of March 2025)</source>
            <translation>Deutschland: Verteidigungsausgaben und bestimmte Sicherheitsausgaben über 1 % des BIP sind von der Schuldenbremse ausgenommen (Grundgesetzänderung vom März 2025)</translation>
        </message>
        <message>
            <source>the exempt definition is broader than NATO's</source>
            <translation>die ausgenommene Definition ist weiter gefasst als die der NATO</translation>
        </message>
        <message>
            <source>baseline gross debt, net lending/borrowing, revenue and expenditure of general government</source>
            <translation>Bruttoschulden (Referenz), Finanzierungssaldo, Einnahmen und Ausgaben des Staates</translation>
        </message>
        <message>
            <source> (as reported by {0})</source>
            <translation> (laut {0})</translation>
        </message>
    </context>
</TS>
