<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name />
        <message>
            <source>Ally</source>
            <translation>Aliado</translation>
        </message>
        <message>
            <source>Base year</source>
            <translation>Año base</translation>
        </message>
        <message>
            <source>latest</source>
            <translation>último</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizonte</translation>
        </message>
        <message>
            <source>NATO edition</source>
            <translation>Edición OTAN</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Economía</translation>
        </message>
        <message>
            <source>Real growth</source>
            <translation>Crecimiento real</translation>
        </message>
        <message>
            <source>Inflation</source>
            <translation>Inflación</translation>
        </message>
        <message>
            <source>Growth adjustment</source>
            <translation>Ajuste del crecimiento</translation>
        </message>
        <message>
            <source>Inflation adjustment</source>
            <translation>Ajuste de la inflación</translation>
        </message>
        <message>
            <source>Per-year overrides</source>
            <translation>Valores anuales fijados</translation>
        </message>
        <message>
            <source>Core path</source>
            <translation>Senda básica</translation>
        </message>
        <message>
            <source>Spending growth</source>
            <translation>Crecimiento del gasto</translation>
        </message>
        <message>
            <source>Growth measured</source>
            <translation>Crecimiento medido</translation>
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
            <translation>Objetivo de la senda</translation>
        </message>
        <message>
            <source>Glide year</source>
            <translation>Año del objetivo</translation>
        </message>
        <message>
            <source>Annual increment</source>
            <translation>Incremento anual</translation>
        </message>
        <message>
            <source>{0:g} bn</source>
            <translation>{0:g} mm</translation>
        </message>
        <message>
            <source>Custom points</source>
            <translation>Puntos propios</translation>
        </message>
        <message>
            <source>Related path</source>
            <translation>Senda relacionada</translation>
        </message>
        <message>
            <source>Related share</source>
            <translation>Proporción relacionada</translation>
        </message>
        <message>
            <source>Related target</source>
            <translation>Objetivo relacionado</translation>
        </message>
        <message>
            <source>Related year</source>
            <translation>Año relacionado</translation>
        </message>
        <message>
            <source>Related cap</source>
            <translation>Tope relacionado</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <translation>Umbrales</translation>
        </message>
        <message>
            <source>How the calculator works</source>
            <translation>Cómo funciona la calculadora</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Punto de partida</translation>
        </message>
        <message>
            <source>The base year is the latest year with a NATO figure for the ally (2026, an estimate, in the July 2026 edition). Core defence spending in the base year is NATO's share of GDP times the IMF's nominal GDP for that year, in the ally's own currency. Money the calculator derives this way is labelled as derived; NATO's own published amounts are shown beside the history.</source>
            <translation>El año base es el último año con una cifra de la OTAN para el Aliado (2026, una estimación, en la edición de julio de 2026). El gasto básico en defensa del año base es la proporción del PIB publicada por la OTAN multiplicada por el PIB nominal del FMI de ese año, en la moneda del Aliado. Las cantidades calculadas así se señalan como derivadas; las publicadas por la OTAN aparecen junto a la serie histórica.</translation>
        </message>
        <message>
            <source>The economy</source>
            <translation>La economía</translation>
        </message>
        <message>
            <source>Each year GDP grows by real growth and by GDP-deflator inflation: GDP&lt;sub&gt;t&lt;/sub&gt; = GDP&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g&lt;sub&gt;t&lt;/sub&gt;) × (1 + p&lt;sub&gt;t&lt;/sub&gt;). The IMF baseline uses the IMF World Economic Outlook (October 2025) to 2030 and holds the 2030 rates afterwards; with it the projected GDP reproduces the IMF's figures. The constant preset uses your rates for every year. Adjustments add percentage points on top of either.</source>
            <translation>Cada año el PIB crece con el crecimiento real y con la inflación del deflactor del PIB: PIB&lt;sub&gt;t&lt;/sub&gt; = PIB&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g&lt;sub&gt;t&lt;/sub&gt;) × (1 + p&lt;sub&gt;t&lt;/sub&gt;). La referencia del FMI usa las Perspectivas de la Economía Mundial (octubre de 2025) hasta 2030 y mantiene después las tasas de 2030; con ella el PIB proyectado reproduce las cifras del FMI. La opción de tasas constantes aplica sus tasas a todos los años. Los ajustes suman puntos porcentuales a cualquiera de las dos.</translation>
        </message>
        <message>
            <source>Core defence spending</source>
            <translation>Gasto básico en defensa</translation>
        </message>
        <message>
            <source>&lt;b&gt;Constant share&lt;/b&gt;: the base-year share every year (no policy change).</source>
            <translation>&lt;b&gt;Proporción constante&lt;/b&gt;: la proporción del año base todos los años (sin cambio de política).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Growth&lt;/b&gt;: spending grows by a rate each year, in cash (nominal) or on top of inflation (real).</source>
            <translation>&lt;b&gt;Crecimiento&lt;/b&gt;: el gasto crece cada año a una tasa, en términos nominales o por encima de la inflación (real).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Glide path&lt;/b&gt;: the share moves in a straight line to a target by a year, then holds.</source>
            <translation>&lt;b&gt;Senda&lt;/b&gt;: la proporción avanza en línea recta hasta un objetivo en un año y después se mantiene.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Increment&lt;/b&gt;: a fixed amount in national currency is added each year.</source>
            <translation>&lt;b&gt;Incremento&lt;/b&gt;: cada año se suma una cantidad fija en moneda nacional.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Custom&lt;/b&gt;: your points (share or amount), joined by straight lines.</source>
            <translation>&lt;b&gt;Propia&lt;/b&gt;: sus puntos (proporción o cantidad), unidos por líneas rectas.</translation>
        </message>
        <message>
            <source>Related spending (the 1.5 % track)</source>
            <translation>Gasto relacionado (la vía del 1,5 %)</translation>
        </message>
        <message>
            <source>It has its own share path and counts towards the total up to 1.5 % of GDP. NATO publishes no per-ally figure for it, so it starts at 0 %.</source>
            <translation>Tiene su propia senda de proporción y cuenta para el total hasta el 1,5 % del PIB. La OTAN no publica ninguna cifra por Aliado, así que parte del 0 %.</translation>
        </message>
        <message>
            <source>A threshold is reached in the first year whose share is at or above it; if the base year already is, it is 'already met'. 'Holds' says whether the share stays above it to the horizon. The gap is measured at the target year, in points of GDP and in money. Required growth is the constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
            <translation>Un umbral se alcanza el primer año en que la proporción lo iguala o supera; si ya ocurre en el año base, está «ya cumplido». «Se mantiene» indica si la proporción sigue por encima hasta el horizonte. La brecha se mide en el año objetivo, en puntos del PIB y en dinero. El crecimiento necesario es el crecimiento nominal constante del gasto básico en defensa desde el año base que alcanza el umbral en su año objetivo.</translation>
        </message>
        <message>
            <source>Hague path check</source>
            <translation>Comprobación de la senda de La Haya</translation>
        </message>
        <message>
            <source>Allies agreed to submit annual plans showing a credible, incremental path to 3.5 % by 2035, reviewed in 2029. The check asks whether the core share never falls, whether it reaches 3.5 % by 2035, and where it stands in 2029 against a straight line from the base year to 3.5 % in 2035.</source>
            <translation>Los Aliados acordaron presentar planes anuales que muestren una senda creíble y gradual hacia el 3,5 % en 2035, revisada en 2029. La comprobación examina si la proporción básica nunca baja, si alcanza el 3,5 % en 2035 y dónde está en 2029 frente a una línea recta desde el año base hasta el 3,5 % en 2035.</translation>
        </message>
        <message>
            <source>Baselines</source>
            <translation>Referencias</translation>
        </message>
        <message>
            <source>Extra spending is compared with a constant share of GDP, a cash freeze (the base-year amount every year) and a real freeze (the base-year amount indexed to the GDP deflator).</source>
            <translation>El gasto adicional se compara con una proporción constante del PIB, una congelación nominal (la cantidad del año base todos los años) y una congelación real (la cantidad del año base indexada al deflactor del PIB).</translation>
        </message>
        <message>
            <source>NATO's definition</source>
            <translation>La definición de la OTAN</translation>
        </message>
        <message>
            <source>NATO's year is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the United Kingdom).</source>
            <translation>El año de la OTAN es el ejercicio fiscal que contiene la mayoría de sus meses (2025 = ejercicio 2025/26 para Canadá y el Reino Unido).</translation>
        </message>
        <message>
            <source>edition {0}, released {1}, cut-off {2}</source>
            <translation>edición {0}, publicada el {1}, fecha de corte {2}</translation>
        </message>
        <message>
            <source>Estimates or projections: {0}</source>
            <translation>Estimaciones o proyecciones: {0}</translation>
        </message>
        <message>
            <source>Defence Budget What-If Calculator</source>
            <translation>Calculadora de escenarios del presupuesto de defensa</translation>
        </message>
        <message>
            <source>Version {0}. Works offline: all data ships with the app.</source>
            <translation>Versión {0}. Funciona sin conexión: todos los datos vienen con la aplicación.</translation>
        </message>
        <message>
            <source>Dataset: {0} — {1}</source>
            <translation>Conjunto de datos: {0} — {1}</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
    </context>
    <context>
        <name>AllianceTableModel</name>
        <message>
            <source>Ally</source>
            <translation>Aliado</translation>
        </message>
        <message>
            <source>Ally (ISO code)</source>
            <translation>Aliado (código ISO)</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Base year: NATO's latest figure</source>
            <translation>Año base: última cifra de la OTAN</translation>
        </message>
        <message>
            <source>Base share</source>
            <translation>Proporción base</translation>
        </message>
        <message>
            <source>Core defence share of GDP in the base year (NATO)</source>
            <translation>Proporción del gasto básico en defensa sobre el PIB en el año base (OTAN)</translation>
        </message>
        <message>
            <source>{0} core</source>
            <translation>{0} básico</translation>
        </message>
        <message>
            <source>Core share of GDP at the horizon ({0})</source>
            <translation>Proporción básica sobre el PIB en el horizonte ({0})</translation>
        </message>
        <message>
            <source>{0} total</source>
            <translation>{0} total</translation>
        </message>
        <message>
            <source>Core + counted related share at the horizon ({0})</source>
            <translation>Proporción básica + relacionada computada en el horizonte ({0})</translation>
        </message>
        <message>
            <source>core</source>
            <translation>básico</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>Year {0} is first reached ({1}); – not by {2}</source>
            <translation>Año en que se alcanza por primera vez {0} ({1}); –: no antes de {2}</translation>
        </message>
        <message>
            <source>Already met in the base year {0}</source>
            <translation>Ya cumplido en el año base {0}</translation>
        </message>
        <message>
            <source>First reached in {0}</source>
            <translation>Alcanzado por primera vez en {0}</translation>
        </message>
        <message>
            <source>Not by {0}; on these assumptions in {1}</source>
            <translation>No antes de {0}; con estos supuestos en {1}</translation>
        </message>
        <message>
            <source>Not by {0}</source>
            <translation>No antes de {0}</translation>
        </message>
    </context>
    <context>
        <name>AllianceTotals</name>
        <message>
            <source>Alliance money totals</source>
            <translation>Totales monetarios de la Alianza</translation>
        </message>
        <message>
            <source>Alliance money totals table</source>
            <translation>Tabla de totales de la Alianza</translation>
        </message>
        <message>
            <source>Choose euros or US dollars under Money and baseline to add up what the allies spend and must add.</source>
            <translation>Elija euros o dólares en Dinero y referencia para sumar lo que gastan los Aliados y lo que deben añadir.</translation>
        </message>
        <message>
            <source>Core, base year</source>
            <translation>Esenciales, año base</translation>
        </message>
        <message>
            <source>Core, {0}</source>
            <translation>Esenciales, {0}</translation>
        </message>
        <message>
            <source>{0}: more in {1}</source>
            <translation>{0}: más en {1}</translation>
        </message>
        <message>
            <source>{0}: over {1}–{2}</source>
            <translation>{0}: en {1}–{2}</translation>
        </message>
    </context>
    <context>
        <name>AllianceView</name>
        <message>
            <source>Alliance assumptions</source>
            <translation>Supuestos para la Alianza</translation>
        </message>
        <message>
            <source>Alliance note</source>
            <translation>Nota sobre la Alianza</translation>
        </message>
        <message>
            <source>Alliance table</source>
            <translation>Tabla de la Alianza</translation>
        </message>
        <message>
            <source>Every ally under the current assumptions. Click a column title to sort; – (not reached) sorts last. Arrow keys select an ally and highlight its path; Enter or a double-click opens it.</source>
            <translation>Todos los Aliados con los supuestos actuales. Haga clic en el título de una columna para ordenar; – (no alcanzado) va al final. Las flechas seleccionan un Aliado y resaltan su senda; Intro o un doble clic lo abre.</translation>
        </message>
        <message>
            <source>Alliance chart</source>
            <translation>Gráfico de la Alianza</translation>
        </message>
        <message>
            <source>Alliance chart read-out</source>
            <translation>Lectura del gráfico de la Alianza</translation>
        </message>
        <message>
            <source>Point at a path to read the ally, year and share.</source>
            <translation>Señale una senda para leer el Aliado, el año y la proporción.</translation>
        </message>
        <message>
            <source>{0} ({1}), {2}: core {3:.2f} % of GDP = {4:,.1f} bn {5}</source>
            <translation>{0} ({1}), {2}: básico {3:.2f} % del PIB = {4:,.1f} mm {5}</translation>
        </message>
        <message>
            <source>core defence, % of GDP</source>
            <translation>defensa básica, % del PIB</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>IMF baseline economy</source>
            <translation>economía según la referencia del FMI</translation>
        </message>
        <message>
            <source>constant rates of {0:g} % real growth and {1:g} % inflation</source>
            <translation>tasas constantes del {0:g} % de crecimiento real y del {1:g} % de inflación</translation>
        </message>
        <message>
            <source>{0} allies with a NATO figure under the current assumptions: core spending {1}, {2}, horizon {3}. Iceland has no armed forces and no figure.</source>
            <translation>{0} Aliados con cifra de la OTAN con los supuestos actuales: gasto básico {1}, {2}, horizonte {3}. Islandia no tiene fuerzas armadas ni cifra.</translation>
        </message>
        <message>
            <source>an annual increment</source>
            <translation>un incremento anual</translation>
        </message>
        <message>
            <source>custom amounts</source>
            <translation>cantidades propias</translation>
        </message>
        <message>
            <source>Your path is {0} in {1}, one ally's currency, so it cannot apply to every ally: the overview holds each ally's base-year share constant instead. Choose growth, a glide path or a constant share to compare allies on your path.</source>
            <translation>Su senda es {0} en {1}, la moneda de un solo Aliado, así que no puede aplicarse a todos: el panorama mantiene constante la proporción del año base de cada Aliado. Elija crecimiento, una senda o una proporción constante para comparar a los Aliados en su senda.</translation>
        </message>
        <message>
            <source>Choose euros or US dollars under Money and baseline to add up what the allies spend and must add.</source>
            <translation>Elija euros o dólares en Dinero y referencia para sumar lo que gastan los Aliados y lo que deben añadir.</translation>
        </message>
    </context>
    <context>
        <name>AllyPanel</name>
        <message>
            <source>Ally and horizon</source>
            <translation>Aliado y horizonte</translation>
        </message>
        <message>
            <source>Ally</source>
            <translation>Aliado</translation>
        </message>
        <message>
            <source>Pick an ally: type part of its name (English, French or Spanish), its ISO code (ESP, BEL…) or a common name (UK, USA, Holland); Enter takes the first match. The figure is NATO's latest share of GDP for core defence ({0} edition, latest year).</source>
            <translation>Elija un Aliado: escriba parte de su nombre (en inglés, francés o español), su código ISO (ESP, BEL…) o un nombre común (UK, USA, Holanda); Intro toma la primera coincidencia. La cifra es la última proporción del PIB publicada por la OTAN para la defensa básica (edición {0}, último año).</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizonte</translation>
        </message>
        <message>
            <source>Last year shown and tested (up to {0}).</source>
            <translation>Último año mostrado y comprobado (hasta {0}).</translation>
        </message>
        <message>
            <source>&amp;Ally</source>
            <translation>&amp;Aliado</translation>
        </message>
        <message>
            <source>&amp;Horizon</source>
            <translation>&amp;Horizonte</translation>
        </message>
        <message>
            <source>{0} ({1}) · no NATO figure</source>
            <translation>{0} ({1}) · sin cifra de la OTAN</translation>
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
            <translation>Falló el guardado automático: {0}</translation>
        </message>
        <message>
            <source> and {0} pinned</source>
            <translation> y {0} fijado(s)</translation>
        </message>
        <message>
            <source>Recover your work</source>
            <translation>Recuperar su trabajo</translation>
        </message>
        <message>
            <source>Recover the work from a session that did not close normally?</source>
            <translation>¿Recuperar el trabajo de una sesión que no se cerró con normalidad?</translation>
        </message>
        <message>
            <source>The calculator did not close normally. Unsaved scenario: {0}{1}.</source>
            <translation>La calculadora no se cerró con normalidad. Escenario sin guardar: {0}{1}.</translation>
        </message>
        <message>
            <source>Damaged autosave set aside</source>
            <translation>Guardado automático dañado apartado</translation>
        </message>
        <message>
            <source>An autosave file could not be read and was set aside.</source>
            <translation>No se pudo leer un archivo de guardado automático y se ha apartado.</translation>
        </message>
        <message>
            <source>It was renamed and is kept in {0}: {1}</source>
            <translation>Se ha renombrado y se conserva en {0}: {1}</translation>
        </message>
        <message>
            <source>Cannot recover the scenario</source>
            <translation>No se puede recuperar el escenario</translation>
        </message>
        <message>
            <source>More recovered work than can be pinned: offered again next time.</source>
            <translation>Hay más trabajo recuperado del que se puede fijar: se ofrecerá de nuevo la próxima vez.</translation>
        </message>
    </context>
    <context>
        <name>CaveatBanner</name>
        <message>
            <source>Caveats for this ally</source>
            <translation>Advertencias para este Aliado</translation>
        </message>
    </context>
    <context>
        <name>ChartDescriptionDialog</name>
        <message>
            <source>The chart in words</source>
            <translation>El gráfico en palabras</translation>
        </message>
        <message>
            <source>Chart description</source>
            <translation>Descripción del gráfico</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy the description to the clipboard</source>
            <translation>Copiar la descripción al portapapeles</translation>
        </message>
    </context>
    <context>
        <name>ClaimPanel</name>
        <message>
            <source>Check a published claim</source>
            <translation>Comprobar una afirmación publicada</translation>
        </message>
        <message>
            <source>Check a claim</source>
            <translation>Comprobar una afirmación</translation>
        </message>
        <message>
            <source>Check a claim such as "45 bn is 2.1 % of GDP in 2029": the GDP it implies, the nominal growth that GDP needs from the base year, and the IMF path's growth beside it. Listed in the assumptions of every report.</source>
            <translation>Comprobar una afirmación como «45 mm son el 2,1 % del PIB en 2029»: el PIB que implica, el crecimiento nominal que ese PIB exige desde el año base y, al lado, el crecimiento de la senda del FMI. Figura en los supuestos de cada informe.</translation>
        </message>
        <message>
            <source>Claim amount</source>
            <translation>Importe de la afirmación</translation>
        </message>
        <message>
            <source>The amount the claim states, billions of national currency, current prices.</source>
            <translation>El importe que indica la afirmación, en miles de millones de moneda nacional, precios corrientes.</translation>
        </message>
        <message>
            <source> % of GDP</source>
            <translation> % del PIB</translation>
        </message>
        <message>
            <source>Claim share</source>
            <translation>Proporción de la afirmación</translation>
        </message>
        <message>
            <source>The share of GDP the claim says the amount is.</source>
            <translation>La proporción del PIB que, según la afirmación, representa el importe.</translation>
        </message>
        <message>
            <source>Claim year</source>
            <translation>Año de la afirmación</translation>
        </message>
        <message>
            <source>The year the claim is about (after the base year).</source>
            <translation>El año al que se refiere la afirmación (posterior al año base).</translation>
        </message>
        <message>
            <source>Claim check result</source>
            <translation>Resultado de la comprobación</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source> bn {0}</source>
            <translation> mm {0}</translation>
        </message>
        <message>
            <source>Type a claim's amount, share and year to see the GDP it implies and the growth that needs.</source>
            <translation>Escriba el importe, la proporción y el año de una afirmación para ver el PIB que implica y el crecimiento que exige.</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>&amp;Pin current scenario</source>
            <translation>&amp;Fijar el escenario actual</translation>
        </message>
        <message>
            <source>Pin current scenario</source>
            <translation>Fijar el escenario actual</translation>
        </message>
        <message>
            <source>Keep the current assumptions as an overlay on the share chart (up to {0}).</source>
            <translation>Mantener los supuestos actuales superpuestos en el gráfico de proporciones (hasta {0}).</translation>
        </message>
        <message>
            <source>&amp;Unpin</source>
            <translation>&amp;Soltar</translation>
        </message>
        <message>
            <source>Unpin selected scenario</source>
            <translation>Soltar el escenario seleccionado</translation>
        </message>
        <message>
            <source>Remove the selected pinned scenario.</source>
            <translation>Quitar el escenario fijado seleccionado.</translation>
        </message>
        <message>
            <source>Unpin &amp;all</source>
            <translation>Soltar &amp;todos</translation>
        </message>
        <message>
            <source>Unpin all scenarios</source>
            <translation>Soltar todos los escenarios</translation>
        </message>
        <message>
            <source>Remove every pinned scenario.</source>
            <translation>Quitar todos los escenarios fijados.</translation>
        </message>
        <message>
            <source>Extra spending against</source>
            <translation>Gasto adicional frente a</translation>
        </message>
        <message>
            <source>What the extra spending of each scenario is measured against.</source>
            <translation>Referencia con la que se mide el gasto adicional de cada escenario.</translation>
        </message>
        <message>
            <source>E&amp;xtra spending against</source>
            <translation>Gasto adicional &amp;frente a</translation>
        </message>
        <message>
            <source>Compare message</source>
            <translation>Mensaje de comparación</translation>
        </message>
        <message>
            <source>Pinned scenarios</source>
            <translation>Escenarios fijados</translation>
        </message>
        <message>
            <source>Pinned scenarios, in the colours of their overlays. Delete unpins the selected one.</source>
            <translation>Escenarios fijados, en los colores de su superposición. Supr suelta el seleccionado.</translation>
        </message>
        <message>
            <source>Results side by side</source>
            <translation>Resultados lado a lado</translation>
        </message>
        <message>
            <source>Assumptions that differ</source>
            <translation>Supuestos que difieren</translation>
        </message>
        <message>
            <source>Assumptions that differ between the current scenario and the pinned ones; – means the scenario's path does not use it.</source>
            <translation>Supuestos que difieren entre el escenario actual y los fijados; – significa que la senda del escenario no lo usa.</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Fijados</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Resultados</translation>
        </message>
        <message>
            <source>Assumptions that &amp;differ</source>
            <translation>Supuestos que &amp;difieren</translation>
        </message>
        <message>
            <source>Unpin</source>
            <translation>Soltar</translation>
        </message>
        <message>
            <source>{0} of {1} pinned. Pinned scenarios appear on the share chart.</source>
            <translation>{0} de {1} fijados. Los escenarios fijados aparecen en el gráfico de proporciones.</translation>
        </message>
        <message>
            <source>Pin the current scenario to keep it on the share chart while you try other assumptions or allies (up to {0}).</source>
            <translation>Fije el escenario actual para mantenerlo en el gráfico de proporciones mientras prueba otros supuestos u otros Aliados (hasta {0}).</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Differs from the current scenario</source>
            <translation>Difiere del escenario actual</translation>
        </message>
        <message>
            <source>Assumptions that differ (pin a scenario to compare)</source>
            <translation>Supuestos que difieren (fije un escenario para comparar)</translation>
        </message>
        <message>
            <source>Assumptions that differ: none, the pinned scenarios match the current one</source>
            <translation>Supuestos que difieren: ninguno, los escenarios fijados coinciden con el actual</translation>
        </message>
    </context>
    <context>
        <name>CoreSpendingPanel</name>
        <message>
            <source>Core defence spending</source>
            <translation>Gasto básico en defensa</translation>
        </message>
        <message>
            <source>Constant share of GDP</source>
            <translation>Proporción constante del PIB</translation>
        </message>
        <message>
            <source>Grow by a rate</source>
            <translation>Crecer a una tasa</translation>
        </message>
        <message>
            <source>Glide path to a share</source>
            <translation>Senda hacia una proporción</translation>
        </message>
        <message>
            <source>Add an amount each year</source>
            <translation>Sumar una cantidad cada año</translation>
        </message>
        <message>
            <source>Custom points</source>
            <translation>Puntos propios</translation>
        </message>
        <message>
            <source>Spending path</source>
            <translation>Senda del gasto</translation>
        </message>
        <message>
            <source>How core defence spending evolves after the base year. </source>
            <translation>Cómo evoluciona el gasto básico en defensa después del año base. </translation>
        </message>
        <message>
            <source> % a year</source>
            <translation> % anual</translation>
        </message>
        <message>
            <source>Spending growth</source>
            <translation>Crecimiento del gasto</translation>
        </message>
        <message>
            <source>Growth of core defence spending each year.</source>
            <translation>Crecimiento anual del gasto básico en defensa.</translation>
        </message>
        <message>
            <source>nominal (cash)</source>
            <translation>nominal (en efectivo)</translation>
        </message>
        <message>
            <source>real (above inflation)</source>
            <translation>real (por encima de la inflación)</translation>
        </message>
        <message>
            <source>Nominal or real growth</source>
            <translation>Crecimiento nominal o real</translation>
        </message>
        <message>
            <source>Nominal: the cash amount grows by the rate. Real: it grows by the rate on top of GDP deflator inflation.</source>
            <translation>Nominal: la cantidad en efectivo crece a la tasa. Real: crece a la tasa por encima de la inflación del deflactor del PIB.</translation>
        </message>
        <message>
            <source>Growth</source>
            <translation>Crecimiento</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Medido</translation>
        </message>
        <message>
            <source> % of GDP</source>
            <translation> % del PIB</translation>
        </message>
        <message>
            <source>Glide target share</source>
            <translation>Proporción objetivo de la senda</translation>
        </message>
        <message>
            <source>Share of GDP reached in a straight line by the glide year, then held.</source>
            <translation>Proporción del PIB alcanzada en línea recta en el año objetivo y mantenida después.</translation>
        </message>
        <message>
            <source>Glide target year</source>
            <translation>Año objetivo de la senda</translation>
        </message>
        <message>
            <source>Year the target share is reached.</source>
            <translation>Año en que se alcanza la proporción objetivo.</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>By year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Never below the current share</source>
            <translation>Nunca por debajo de la proporción actual</translation>
        </message>
        <message>
            <source>On: a target below the current share holds the current share instead of cutting spending. Off: the path glides down to the target (allows cuts).</source>
            <translation>Activado: un objetivo por debajo de la proporción actual mantiene la actual en lugar de recortar el gasto. Desactivado: la senda baja hasta el objetivo (permite recortes).</translation>
        </message>
        <message>
            <source>Annual increment</source>
            <translation>Incremento anual</translation>
        </message>
        <message>
            <source>Amount added to core spending every year, in billions of the ally's national currency, current prices.</source>
            <translation>Cantidad sumada cada año al gasto básico, en miles de millones de la moneda nacional del Aliado, a precios corrientes.</translation>
        </message>
        <message>
            <source>Each year add</source>
            <translation>Sumar cada año</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Years you fixed; the path runs in straight lines between them and the last value holds.</source>
            <translation>Años que ha fijado; la senda los une en línea recta y el último valor se mantiene.</translation>
        </message>
        <message>
            <source>Custom point year</source>
            <translation>Año del punto</translation>
        </message>
        <message>
            <source>Year to fix.</source>
            <translation>Año que fijar.</translation>
        </message>
        <message>
            <source>Custom point value</source>
            <translation>Valor del punto</translation>
        </message>
        <message>
            <source>Share of GDP (%) or amount (billions of national currency).</source>
            <translation>Proporción del PIB (%) o cantidad (miles de millones de moneda nacional).</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% del PIB</translation>
        </message>
        <message>
            <source>bn</source>
            <translation>mm</translation>
        </message>
        <message>
            <source>Custom point kind</source>
            <translation>Tipo de punto</translation>
        </message>
        <message>
            <source>Whether the value is a share of GDP or an amount.</source>
            <translation>Si el valor es una proporción del PIB o una cantidad.</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Fijar</translation>
        </message>
        <message>
            <source>Set custom point</source>
            <translation>Fijar el punto</translation>
        </message>
        <message>
            <source>Add the point, or replace the one for that year.</source>
            <translation>Añadir el punto o sustituir el de ese año.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove custom point</source>
            <translation>Quitar el punto</translation>
        </message>
        <message>
            <source>Remove the selected points.</source>
            <translation>Quitar los puntos seleccionados.</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Senda</translation>
        </message>
        <message>
            <source>NATO's share × IMF GDP</source>
            <translation>Proporción OTAN × PIB del FMI</translation>
        </message>
        <message>
            <source>My share of GDP</source>
            <translation>Mi proporción del PIB</translation>
        </message>
        <message>
            <source>My amount</source>
            <translation>Mi cantidad</translation>
        </message>
        <message>
            <source>NATO published spending</source>
            <translation>gasto publicado por la OTAN</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Punto de partida</translation>
        </message>
        <message>
            <source>Base-year core spending: NATO's share of GDP times IMF GDP (derived), your own share or amount (labelled "user's figure" everywhere), or NATO's own published national-currency spending.</source>
            <translation>Gasto básico del año base: proporción del PIB de la OTAN por el PIB del FMI (derivado), su propia proporción o cantidad (señalada en todas partes como «cifra del usuario») o el gasto en moneda nacional publicado por la OTAN.</translation>
        </message>
        <message>
            <source>My share</source>
            <translation>Mi proporción</translation>
        </message>
        <message>
            <source>Your base-year core spending as a share of IMF GDP (user's figure).</source>
            <translation>Su gasto básico del año base como proporción del PIB del FMI (cifra del usuario).</translation>
        </message>
        <message>
            <source>Your base-year core spending in billions of national currency, current prices (user's figure).</source>
            <translation>Su gasto básico del año base en miles de millones de moneda nacional, a precios corrientes (cifra del usuario).</translation>
        </message>
        <message>
            <source>Base-year spending</source>
            <translation>Gasto del año base</translation>
        </message>
        <message>
            <source> bn {0} a year</source>
            <translation> mm {0} al año</translation>
        </message>
        <message>
            <source> bn {0}</source>
            <translation> mm {0}</translation>
        </message>
        <message>
            <source>bn {0}</source>
            <translation>mm {0}</translation>
        </message>
        <message>
            <source>{0:g} % of GDP</source>
            <translation>{0:g} % del PIB</translation>
        </message>
        <message>
            <source>{0:,.2f} bn {1}</source>
            <translation>{0:,.2f} mm {1}</translation>
        </message>
        <message>
            <source>Core spending stays at {0:.2f} % of GDP, the {1} share: the no-policy-change baseline.</source>
            <translation>El gasto básico se mantiene en el {0:.2f} % del PIB, la proporción de {1}: la referencia sin cambio de política.</translation>
        </message>
    </context>
    <context>
        <name>DatasetActions</name>
        <message>
            <source>Dataset</source>
            <extracomment>What the storage layer refuses a user's file or folder with: a one-line message each. The list of datasets changed (an import or a removal); the Vintages view re-lists them.</extracomment>
            <translation>Conjunto de datos</translation>
        </message>
        <message>
            <source>&amp;Import NATO release…</source>
            <translation>&amp;Importar una publicación de la OTAN…</translation>
        </message>
        <message>
            <source>Add NATO's Excel tables (.xlsx) or a filled-in CSV template as a dataset</source>
            <translation>Añadir como conjunto de datos las tablas Excel de la OTAN (.xlsx) o una plantilla CSV rellenada</translation>
        </message>
        <message>
            <source>&amp;Datasets…</source>
            <translation>&amp;Conjuntos de datos…</translation>
        </message>
        <message>
            <source>List, switch and delete datasets</source>
            <translation>Enumerar, cambiar y eliminar conjuntos de datos</translation>
        </message>
        <message>
            <source>Cannot switch the dataset</source>
            <translation>No se puede cambiar el conjunto de datos</translation>
        </message>
        <message>
            <source>Switched the dataset.</source>
            <translation>Se ha cambiado el conjunto de datos.</translation>
        </message>
        <message>
            <source>Cannot import the release</source>
            <translation>No se puede importar la publicación</translation>
        </message>
        <message>
            <source>It has NATO's distribution by category (equipment, personnel).</source>
            <translation>Contiene la distribución por categorías de la OTAN (equipamiento, personal).</translation>
        </message>
        <message>
            <source>Release imported</source>
            <translation>Publicación importada</translation>
        </message>
        <message>
            <source>Imported {0} as dataset {1}: {2} ({3}, cut-off {4}).</source>
            <translation>{0} importado como conjunto de datos {1}: {2} ({3}, corte {4}).</translation>
        </message>
        <message>
            <source>Use it now?</source>
            <translation>¿Usarlo ahora?</translation>
        </message>
        <message>
            <source>Imported dataset {0}</source>
            <translation>Conjunto de datos {0} importado</translation>
        </message>
        <message>
            <source>Delete dataset</source>
            <translation>Eliminar el conjunto de datos</translation>
        </message>
        <message>
            <source>Delete dataset {0} ({1}, {2})?</source>
            <translation>¿Eliminar el conjunto de datos {0} ({1}, {2})?</translation>
        </message>
        <message>
            <source>The imported copy is removed; the original file is not touched.</source>
            <translation>Se elimina la copia importada; el archivo original no se toca.</translation>
        </message>
        <message>
            <source>Cannot delete the dataset</source>
            <translation>No se puede eliminar el conjunto de datos</translation>
        </message>
        <message>
            <source>Deleted dataset {0}</source>
            <translation>Conjunto de datos {0} eliminado</translation>
        </message>
        <message>
            <source>Import NATO release</source>
            <translation>Importar una publicación de la OTAN</translation>
        </message>
        <message>
            <source>NATO tables or CSV template (*.xlsx *.csv)</source>
            <translation>Tablas de la OTAN o plantilla CSV (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>DatasetManagerDialog</name>
        <message>
            <source>Datasets</source>
            <translation>Conjuntos de datos</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>En uso</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Conjunto de datos</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Edición</translation>
        </message>
        <message>
            <source>Cut-off</source>
            <translation>Fecha de corte</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>&amp;Use</source>
            <translation>&amp;Usar</translation>
        </message>
        <message>
            <source>Project with the selected dataset from now on</source>
            <translation>Proyectar desde ahora con el conjunto de datos seleccionado</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <source>Delete an imported dataset (never the bundled one)</source>
            <translation>Eliminar un conjunto de datos importado (nunca el incluido)</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>incluido</translation>
        </message>
        <message>
            <source>{0} (damaged)</source>
            <translation>{0} (dañado)</translation>
        </message>
        <message>
            <source>ships with the app</source>
            <translation>incluido con la aplicación</translation>
        </message>
        <message>
            <source>{0}. Editions: {1}.</source>
            <translation>{0}. Ediciones: {1}.</translation>
        </message>
    </context>
    <context>
        <name>EconomyPanel</name>
        <message>
            <source>Economy (GDP path)</source>
            <translation>Economía (senda del PIB)</translation>
        </message>
        <message>
            <source>IMF baseline (WEO Oct 2025)</source>
            <translation>Referencia del FMI (WEO oct. 2025)</translation>
        </message>
        <message>
            <source>Constant rates</source>
            <translation>Tasas constantes</translation>
        </message>
        <message>
            <source>Economy preset</source>
            <translation>Opción económica</translation>
        </message>
        <message>
            <source>IMF baseline: the IMF's real growth and GDP deflator to 2030, held after 2030. Constant: the rates below for every year.</source>
            <translation>Referencia del FMI: el crecimiento real y el deflactor del PIB del FMI hasta 2030, mantenidos después. Constantes: las tasas de abajo para todos los años.</translation>
        </message>
        <message>
            <source> % a year</source>
            <translation> % anual</translation>
        </message>
        <message>
            <source> % · IMF path</source>
            <translation> % · senda del FMI</translation>
        </message>
        <message>
            <source>Real GDP growth</source>
            <translation>Crecimiento real del PIB</translation>
        </message>
        <message>
            <source>Real GDP growth each year (constant preset).</source>
            <translation>Crecimiento real del PIB cada año (tasas constantes).</translation>
        </message>
        <message>
            <source>Inflation (GDP deflator)</source>
            <translation>Inflación (deflactor del PIB)</translation>
        </message>
        <message>
            <source>GDP deflator inflation each year (constant preset).</source>
            <translation>Inflación del deflactor del PIB cada año (tasas constantes).</translation>
        </message>
        <message>
            <source> pp</source>
            <translation> p. p.</translation>
        </message>
        <message>
            <source>Growth adjustment</source>
            <translation>Ajuste del crecimiento</translation>
        </message>
        <message>
            <source>Percentage points added to real growth in every year, on top of either preset (negative for a downturn).</source>
            <translation>Puntos porcentuales sumados cada año al crecimiento real, sobre cualquiera de las opciones (negativo para una recesión).</translation>
        </message>
        <message>
            <source>Inflation adjustment</source>
            <translation>Ajuste de la inflación</translation>
        </message>
        <message>
            <source>Percentage points added to inflation in every year, on top of either preset.</source>
            <translation>Puntos porcentuales sumados cada año a la inflación, sobre cualquiera de las opciones.</translation>
        </message>
        <message>
            <source>Real growth from</source>
            <translation>Crecimiento real según</translation>
        </message>
        <message>
            <source>Constant: the real growth set here for every year. IMF path: the IMF's real growth to 2030, held after (shown greyed), while inflation is constant.</source>
            <translation>Constante: el crecimiento real fijado aquí para cada año. Senda del FMI: el crecimiento real del FMI hasta 2030, mantenido después (en gris), con la inflación constante.</translation>
        </message>
        <message>
            <source>Inflation from</source>
            <translation>Inflación según</translation>
        </message>
        <message>
            <source>Constant: the inflation set here for every year. IMF path: the IMF's GDP deflator to 2030, held after (shown greyed), while real growth is constant.</source>
            <translation>Constante: la inflación fijada aquí para cada año. Senda del FMI: el deflactor del PIB del FMI hasta 2030, mantenido después (en gris), con el crecimiento real constante.</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Opción</translation>
        </message>
        <message>
            <source>Real growth</source>
            <translation>Crecimiento real</translation>
        </message>
        <message>
            <source>Inflation</source>
            <translation>Inflación</translation>
        </message>
        <message>
            <source>Growth adj.</source>
            <translation>Ajuste crec.</translation>
        </message>
        <message>
            <source>Inflation adj.</source>
            <translation>Ajuste infl.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Growth %</source>
            <translation>Crecimiento %</translation>
        </message>
        <message>
            <source>Inflation %</source>
            <translation>Inflación %</translation>
        </message>
        <message>
            <source>Per-year overrides</source>
            <translation>Valores anuales fijados</translation>
        </message>
        <message>
            <source>Replace the real growth and/or inflation of single years (either preset, after the adjustments). Leave a cell blank to keep the preset's rate. F2 or typing edits a cell.</source>
            <translation>Sustituir el crecimiento real o la inflación de años concretos (con cualquier opción, después de los ajustes). Deje una celda en blanco para mantener la tasa de la opción. F2 o escribir edita una celda.</translation>
        </message>
        <message>
            <source>Add year</source>
            <translation>Añadir año</translation>
        </message>
        <message>
            <source>Add override year</source>
            <translation>Añadir un año fijado</translation>
        </message>
        <message>
            <source>Add the next year without an override and start typing its growth.</source>
            <translation>Añadir el siguiente año sin valor fijado y empezar a escribir su crecimiento.</translation>
        </message>
        <message>
            <source>Remove year</source>
            <translation>Quitar año</translation>
        </message>
        <message>
            <source>Remove override year</source>
            <translation>Quitar el año fijado</translation>
        </message>
        <message>
            <source>Remove the selected override years.</source>
            <translation>Quitar los años fijados seleccionados.</translation>
        </message>
        <message>
            <source>Per-year overrides (blank keeps the preset)</source>
            <translation>Valores anuales fijados (en blanco se mantiene la opción)</translation>
        </message>
        <message>
            <source>GDP, bn</source>
            <translation>PIB, mm</translation>
        </message>
        <message>
            <source>GDP path</source>
            <translation>Senda del PIB</translation>
        </message>
        <message>
            <source>Nominal GDP in billions of national currency, current prices, for some years (for example the finance ministry's forecast). Constant growth between the years given and from the base year to the first; after the last, the growth above continues. F2 or typing edits a cell.</source>
            <translation>PIB nominal en miles de millones de moneda nacional, a precios corrientes, para algunos años (por ejemplo, la previsión del ministerio de Hacienda). Crecimiento constante entre los años indicados y desde el año base hasta el primero; después del último sigue el crecimiento de arriba. F2 o escribir edita una celda.</translation>
        </message>
        <message>
            <source>Add GDP year</source>
            <translation>Añadir año de PIB</translation>
        </message>
        <message>
            <source>Add the next year, starting from the GDP the projection has for it.</source>
            <translation>Añadir el año siguiente, partiendo del PIB que la proyección tiene para él.</translation>
        </message>
        <message>
            <source>Remove GDP year</source>
            <translation>Quitar año de PIB</translation>
        </message>
        <message>
            <source>Remove the selected GDP years.</source>
            <translation>Quitar los años de PIB seleccionados.</translation>
        </message>
        <message>
            <source>e.g. Budget plan 2026</source>
            <translation>p. ej. Plan presupuestario 2026</translation>
        </message>
        <message>
            <source>GDP source</source>
            <translation>Fuente del PIB</translation>
        </message>
        <message>
            <source>Whose forecast the GDP path is; stated in every output.</source>
            <translation>De quién es la previsión del PIB; se indica en cada resultado.</translation>
        </message>
        <message>
            <source>GDP path (blank: from the rates above)</source>
            <translation>Senda del PIB (en blanco: según las tasas de arriba)</translation>
        </message>
        <message>
            <source>Constant</source>
            <translation>Constante</translation>
        </message>
        <message>
            <source>IMF path</source>
            <translation>Senda del FMI</translation>
        </message>
    </context>
    <context>
        <name>ExportDispatch</name>
        <message>
            <source>&amp;Export</source>
            <extracomment>Every error an export or a file operation reports with a one-line message.</extracomment>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <source>PDF brief (&amp;A4)…</source>
            <translation>Nota en PDF (&amp;A4)…</translation>
        </message>
        <message>
            <source>PDF brief (&amp;Letter)…</source>
            <translation>Nota en PDF (&amp;Carta)…</translation>
        </message>
        <message>
            <source>&amp;Excel workbook…</source>
            <translation>Libro de &amp;Excel…</translation>
        </message>
        <message>
            <source>&amp;CSV yearly table…</source>
            <translation>Tabla anual &amp;CSV…</translation>
        </message>
        <message>
            <source>&amp;JSON projection…</source>
            <translation>Proyección &amp;JSON…</translation>
        </message>
        <message>
            <source>Chart &amp;PNG…</source>
            <translation>Gráfico &amp;PNG…</translation>
        </message>
        <message>
            <source>Chart &amp;SVG…</source>
            <translation>Gráfico &amp;SVG…</translation>
        </message>
        <message>
            <source>Export a&amp;lliance overview</source>
            <translation>Exportar el panorama de la A&amp;lianza</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>Co&amp;mparison</source>
            <translation>Co&amp;mparación</translation>
        </message>
        <message>
            <source>&amp;CSV table…</source>
            <translation>Tabla &amp;CSV…</translation>
        </message>
        <message>
            <source>Nothing to compare: no pinned scenarios.</source>
            <translation>Nada que comparar: no hay escenarios fijados.</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Falló la exportación</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>Escrito {0}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV tables (*.csv)</source>
            <translation>Tablas CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>Imágenes SVG (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>FiscalView</name>
        <message>
            <source>Budget impact sentence</source>
            <translation>Frase sobre el impacto presupuestario</translation>
        </message>
        <message>
            <source>Borrowed</source>
            <translation>Con deuda</translation>
        </message>
        <message>
            <source>Share of the extra spending that is borrowed</source>
            <translation>Parte del gasto adicional financiada con deuda</translation>
        </message>
        <message>
            <source>Taxes or cuts</source>
            <translation>Impuestos o recortes</translation>
        </message>
        <message>
            <source>Share paid for by higher taxes or cuts in other spending (100 % − borrowed)</source>
            <translation>Parte pagada con más impuestos o recortes de otros gastos (100 % − con deuda)</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Tipo de interés</translation>
        </message>
        <message>
            <source>Effective interest rate on the extra debt, % a year, nominal (an assumption: the IMF publishes no such rate)</source>
            <translation>Tipo de interés efectivo de la deuda adicional, % anual, nominal (un supuesto: el FMI no publica este tipo)</translation>
        </message>
        <message>
            <source>As the Council decided</source>
            <translation>Según decidió el Consejo</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Activada</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desactivada</translation>
        </message>
        <message>
            <source>EU escape clause</source>
            <translation>Cláusula de salvaguardia de la UE</translation>
        </message>
        <message>
            <source>Activated on 8 July 2025 for 15 states (as reported); switch it per ally</source>
            <translation>Activada el 8 de julio de 2025 para 15 Estados (según lo publicado); actívela por Aliado</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Intereses</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>Financiación</translation>
        </message>
        <message>
            <source>Financing reading</source>
            <translation>Lectura de la financiación</translation>
        </message>
        <message>
            <source>Debt effect</source>
            <translation>Efecto en la deuda</translation>
        </message>
        <message>
            <source>Escape clause</source>
            <translation>Cláusula de salvaguardia</translation>
        </message>
        <message>
            <source>Debt brake</source>
            <translation>Freno de la deuda</translation>
        </message>
        <message>
            <source>Fiscal assumptions</source>
            <translation>Supuestos fiscales</translation>
        </message>
        <message>
            <source>Financing and fiscal rules</source>
            <translation>Financiación y reglas fiscales</translation>
        </message>
        <message>
            <source>Debt chart</source>
            <translation>Gráfico de la deuda</translation>
        </message>
        <message>
            <source>Extra deficit chart</source>
            <translation>Gráfico del déficit adicional</translation>
        </message>
        <message>
            <source>Escape clause meter</source>
            <translation>Indicador de la cláusula de salvaguardia</translation>
        </message>
        <message>
            <source>gross government debt, % of GDP</source>
            <translation>deuda pública bruta, % del PIB</translation>
        </message>
        <message>
            <source>Debt with and without the extra spending</source>
            <translation>Deuda con y sin el gasto adicional</translation>
        </message>
        <message>
            <source>IMF, history</source>
            <translation>FMI, serie histórica</translation>
        </message>
        <message>
            <source>without the extra spending</source>
            <translation>sin el gasto adicional</translation>
        </message>
        <message>
            <source>with the extra spending</source>
            <translation>con el gasto adicional</translation>
        </message>
        <message>
            <source>IMF's own path (WEO Oct. 2025, to 2030)</source>
            <translation>Senda del propio FMI (WEO oct. 2025, hasta 2030)</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% del PIB</translation>
        </message>
        <message>
            <source>Extra deficit per year</source>
            <translation>Déficit adicional por año</translation>
        </message>
        <message>
            <source>points of GDP over 2021</source>
            <translation>puntos del PIB sobre 2021</translation>
        </message>
        <message>
            <source>covered</source>
            <translation>cubierto</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>no cubierto</translation>
        </message>
        <message>
            <source>2028 cliff</source>
            <translation>precipicio de 2028</translation>
        </message>
        <message>
            <source>EU escape clause: off</source>
            <translation>Cláusula de salvaguardia de la UE: desactivada</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>Guía del usuario</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <source>&amp;Tour</source>
            <translation>&amp;Recorrido</translation>
        </message>
        <message>
            <source>Three steps: pick an ally, move a slider, export</source>
            <translation>Tres pasos: elegir un Aliado, mover un control deslizante, exportar</translation>
        </message>
        <message>
            <source>&amp;Describe chart</source>
            <translation>&amp;Describir gráfico</translation>
        </message>
        <message>
            <source>The chart on show, in words</source>
            <translation>El gráfico mostrado, en palabras</translation>
        </message>
        <message>
            <source>Pick an ally</source>
            <translation>Elegir un Aliado</translation>
        </message>
        <message>
            <source>Choose an ally here (type a name or its code and press Enter). The chart, scoreboard and sentence show its path to 2.1 %, 3.5 % and 5 %.</source>
            <translation>Elija aquí un Aliado (escriba un nombre o su código y pulse Intro). El gráfico, el marcador y la frase muestran su senda hacia el 2,1 %, el 3,5 % y el 5 %.</translation>
        </message>
        <message>
            <source>Move a slider</source>
            <translation>Mover un control deslizante</translation>
        </message>
        <message>
            <source>Change how core spending grows: drag the slider or type a value (arrow keys and Page Up/Down move it). Everything updates at once; Ctrl+Z undoes.</source>
            <translation>Cambie cómo crece el gasto básico: arrastre el control o escriba un valor (las flechas y Re Pág/Av Pág lo mueven). Todo se actualiza al instante; Ctrl+Z deshace.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>File &gt; Export writes the scenario as a PDF brief, an Excel workbook, CSV, JSON or a chart picture. Help &gt; User guide explains every view.</source>
            <translation>Archivo &gt; Exportar escribe el escenario como nota en PDF, libro de Excel, CSV, JSON o imagen del gráfico. Ayuda &gt; Guía del usuario explica cada vista.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>A new language applies after a restart</source>
            <translation>Un nuevo idioma se aplica tras reiniciar</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Defence Budget What-If Calculator</source>
            <translation>Calculadora de escenarios del presupuesto de defensa</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Supuestos</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Results by threshold</source>
            <translation>Resultados por umbral</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Resultados</translation>
        </message>
        <message>
            <source>&amp;Yearly table</source>
            <translation>&amp;Tabla anual</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Comparar</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>&amp;This ally</source>
            <translation>Este &amp;Aliado</translation>
        </message>
        <message>
            <source>All&amp;iance overview</source>
            <translation>Panorama de la Al&amp;ianza</translation>
        </message>
        <message>
            <source>&amp;Budget impact</source>
            <translation>Impacto &amp;presupuestario</translation>
        </message>
        <message>
            <source>Ho&amp;w sure?</source>
            <translation>¿Con qué &amp;seguridad?</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <source>Vi&amp;ntages</source>
            <translation>&amp;Ediciones</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Reset to &amp;defaults</source>
            <translation>Restablecer valores &amp;predeterminados</translation>
        </message>
        <message>
            <source>Default assumptions for the selected ally</source>
            <translation>Supuestos predeterminados para el Aliado seleccionado</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Datos</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Methodology</source>
            <translation>&amp;Metodología</translation>
        </message>
        <message>
            <source>&amp;About and sources</source>
            <translation>&amp;Acerca de y fuentes</translation>
        </message>
        <message>
            <source>{0}: the window speaks it from the next start</source>
            <translation>{0}: la ventana lo usará a partir del próximo inicio</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Every ally under the current assumptions</source>
            <translation>Todos los Aliados con los supuestos actuales</translation>
        </message>
        <message>
            <source>&amp;Compare pinned scenarios</source>
            <translation>&amp;Comparar los escenarios fijados</translation>
        </message>
        <message>
            <source>&amp;Scenarios</source>
            <translation>E&amp;scenarios</translation>
        </message>
        <message>
            <source>&amp;Pin current scenario</source>
            <translation>&amp;Fijar el escenario actual</translation>
        </message>
        <message>
            <source>Keep the current assumptions on the share chart for comparison (up to 5)</source>
            <translation>Mantener los supuestos actuales en el gráfico de proporciones para compararlos (hasta 5)</translation>
        </message>
        <message>
            <source>&amp;Unpin all</source>
            <translation>&amp;Soltar todos</translation>
        </message>
        <message>
            <source>Pinned “{0}” ({1} of 5)</source>
            <translation>«{0}» fijado ({1} de 5)</translation>
        </message>
    </context>
    <context>
        <name>MethodologyDialog</name>
        <message>
            <source>Methodology</source>
            <translation>Metodología</translation>
        </message>
    </context>
    <context>
        <name>MoneyPanel</name>
        <message>
            <source>Money and baseline</source>
            <translation>Dinero y referencia</translation>
        </message>
        <message>
            <source>Current prices</source>
            <extracomment>Asks for a scenario file to use as the baseline (``None``: cancelled); tests replace it so that no dialog opens.</extracomment>
            <translation>Precios corrientes</translation>
        </message>
        <message>
            <source>Constant prices</source>
            <translation>Precios constantes</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Precios</translation>
        </message>
        <message>
            <source>Current prices: each year's cash. Constant: in prices of the base year, deflated by the scenario's GDP deflator ("in today's terms").</source>
            <translation>Precios corrientes: el dinero de cada año. Constantes: a precios del año base, deflactados con el deflactor del PIB del escenario («en términos de hoy»).</translation>
        </message>
        <message>
            <source>National currency</source>
            <translation>Moneda nacional</translation>
        </message>
        <message>
            <source>US dollars (USD)</source>
            <translation>Dólares estadounidenses (USD)</translation>
        </message>
        <message>
            <source>Euros (EUR)</source>
            <translation>Euros (EUR)</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Converted at the exchange rate implied by the IMF (NGDP / NGDPD), held at its 2030 value afterwards; euros through the euro area's implied rate. The rate used is listed with the results.</source>
            <translation>Convertido al tipo de cambio implícito del FMI (NGDP / NGDPD), mantenido después en su valor de 2030; euros mediante el tipo implícito de la zona del euro. El tipo usado figura con los resultados.</translation>
        </message>
        <message>
            <source>Constant share of GDP</source>
            <translation>Proporción constante del PIB</translation>
        </message>
        <message>
            <source>Cash freeze</source>
            <translation>Congelación nominal</translation>
        </message>
        <message>
            <source>Real freeze</source>
            <translation>Congelación real</translation>
        </message>
        <message>
            <source>A saved scenario file…</source>
            <translation>Un archivo de escenario guardado…</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>What the extra spending is measured against: the base-year share of GDP, the base-year cash amount, the base-year amount kept up with inflation, or the core spending path of a saved scenario of the same ally (for example the government's current plan).</source>
            <translation>Con qué se mide el gasto adicional: la proporción del PIB del año base, la cantidad nominal del año base, esa cantidad actualizada con la inflación o la senda del gasto básico de un escenario guardado del mismo Aliado (por ejemplo, el plan actual del Gobierno).</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <source>Choose baseline file</source>
            <translation>Elegir el archivo de referencia</translation>
        </message>
        <message>
            <source>Use the core spending path of a saved scenario file as the baseline.</source>
            <translation>Usar como referencia la senda del gasto básico de un archivo de escenario guardado.</translation>
        </message>
        <message>
            <source>Baseline file</source>
            <translation>Archivo de referencia</translation>
        </message>
        <message>
            <source>Sum from</source>
            <translation>Sumar desde</translation>
        </message>
        <message>
            <source>First year summed.</source>
            <translation>Primer año sumado.</translation>
        </message>
        <message>
            <source>Sum to</source>
            <translation>Sumar hasta</translation>
        </message>
        <message>
            <source>Last year summed.</source>
            <translation>Último año sumado.</translation>
        </message>
        <message>
            <source>The extra spending against the baseline is added up over these years (default: the year after the base year to 2035).</source>
            <translation>El gasto adicional frente a la referencia se suma en estos años (por defecto: del año siguiente al año base a 2035).</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Sum over</source>
            <translation>Sumar en</translation>
        </message>
        <message>
            <source>Baseline: a saved scenario of the same ally</source>
            <translation>Referencia: un escenario guardado del mismo Aliado</translation>
        </message>
        <message>
            <source>Scenarios (*.scenario.json *.json)</source>
            <translation>Escenarios (*.scenario.json *.json)</translation>
        </message>
        <message>
            <source>Baseline: {0}</source>
            <translation>Referencia: {0}</translation>
        </message>
        <message>
            <source>National currency ({0})</source>
            <translation>Moneda nacional ({0})</translation>
        </message>
        <message>
            <source>Constant {0} prices</source>
            <translation>Precios constantes de {0}</translation>
        </message>
    </context>
    <context>
        <name>PinnedScenarios</name>
        <message>
            <source>This scenario is pinned already.</source>
            <translation>Este escenario ya está fijado.</translation>
        </message>
        <message>
            <source>At most {0} scenarios can be pinned; unpin one first.</source>
            <translation>Se pueden fijar como máximo {0} escenarios; suelte uno primero.</translation>
        </message>
    </context>
    <context>
        <name>ProjectionChart</name>
        <message>
            <source>Share of GDP</source>
            <translation>Proporción del PIB</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Dinero</translation>
        </message>
        <message>
            <source>Chart view</source>
            <translation>Vista del gráfico</translation>
        </message>
        <message>
            <source>Help &gt; Describe chart (Ctrl+Shift+D) reads this chart in words.</source>
            <translation>Ayuda &gt; Describir gráfico (Ctrl+Mayús+D) describe este gráfico con palabras.</translation>
        </message>
        <message>
            <source>Share of GDP chart</source>
            <translation>Gráfico de la proporción del PIB</translation>
        </message>
        <message>
            <source>Money chart</source>
            <translation>Gráfico de dinero</translation>
        </message>
        <message>
            <source>Switch between the share of GDP and the money per year</source>
            <translation>Cambiar entre la proporción del PIB y el dinero por año</translation>
        </message>
        <message>
            <source>Chart read-out</source>
            <translation>Lectura del gráfico</translation>
        </message>
        <message>
            <source>Point at the chart to read a year's share and money.</source>
            <translation>Señale el gráfico para leer la proporción y el dinero de un año.</translation>
        </message>
    </context>
    <context>
        <name>ProjectionPlots</name>
        <message>
            <source>Year (NATO fiscal year)</source>
            <translation>Año (ejercicio fiscal de la OTAN)</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% del PIB</translation>
        </message>
        <message>
            <source>NATO, published (hollow: estimate)</source>
            <translation>OTAN, publicado (hueco: estimación)</translation>
        </message>
        <message>
            <source>Core defence, projected</source>
            <translation>Defensa básica, proyectada</translation>
        </message>
        <message>
            <source>Core + related (total), projected</source>
            <translation>Básico + relacionado (total), proyectado</translation>
        </message>
        <message>
            <source>{0} review</source>
            <translation>revisión de {0}</translation>
        </message>
        <message>
            <source>{0} target</source>
            <translation>objetivo {0}</translation>
        </message>
        <message>
            <source>billions, national currency</source>
            <translation>miles de millones, moneda nacional</translation>
        </message>
        <message>
            <source>NATO, published</source>
            <translation>OTAN, publicado</translation>
        </message>
        <message>
            <source>Core + related (total)</source>
            <translation>Básico + relacionado (total)</translation>
        </message>
        <message>
            <source>Needed for each threshold</source>
            <translation>Necesario para cada umbral</translation>
        </message>
        <message>
            <source>Core share, 10th–90th percentile of the draws</source>
            <translation>Proporción básica, percentiles 10 a 90 de las simulaciones</translation>
        </message>
        <message>
            <source>core</source>
            <translation>básico</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source> · already met</source>
            <translation> · ya cumplido</translation>
        </message>
        <message>
            <source>{0} in {1}</source>
            <translation>{0} en {1}</translation>
        </message>
        <message>
            <source>→ {0} in {1}</source>
            <translation>→ {0} en {1}</translation>
        </message>
        <message>
            <source>{0} {1}: {2}</source>
            <translation>{0} {1}: {2}</translation>
        </message>
        <message>
            <source>millions of {0}, current prices</source>
            <translation>millones de {0}, precios corrientes</translation>
        </message>
        <message>
            <source>billions of {0}, current prices</source>
            <translation>mm {0}, precios corrientes</translation>
        </message>
        <message>
            <source>NATO published {0}
→ derived {1} ({2:+.0f} %)</source>
            <translation>OTAN publicado {0}
→ derivado {1} ({2:+.0f} %)</translation>
        </message>
        <message>
            <source>{0}: core {1:.2f} % of GDP = {2}</source>
            <translation>{0}: básico {1:.2f} % del PIB = {2}</translation>
        </message>
        <message>
            <source> · {0} published</source>
            <translation> · {0} publicados</translation>
        </message>
        <message>
            <source>total {0:.2f} %</source>
            <translation>total {0:.2f} %</translation>
        </message>
        <message>
            <source>GDP {0:,.0f} bn {1}</source>
            <translation>PIB {0:,.0f} mm {1}</translation>
        </message>
        <message>
            <source>draws 10–90 %: {0:.2f}–{1:.2f} %</source>
            <translation>simulaciones 10–90 %: {0:.2f}–{1:.2f} %</translation>
        </message>
        <message>
            <source>base year, NATO</source>
            <translation>año base, OTAN</translation>
        </message>
        <message>
            <source>projected</source>
            <translation>proyectado</translation>
        </message>
        <message>
            <source>{0}: NATO {1:.2f} % of GDP ({2})</source>
            <translation>{0}: OTAN {1:.2f} % del PIB ({2})</translation>
        </message>
    </context>
    <context>
        <name>RecentFiles</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;recientes</translation>
        </message>
        <message>
            <source>File not found</source>
            <translation>Archivo no encontrado</translation>
        </message>
        <message>
            <source>{0}: no such file; removed from the recent files.</source>
            <translation>{0}: el archivo no existe; se ha quitado de los recientes.</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>No hay archivos recientes</translation>
        </message>
        <message>
            <source>&amp;Clear list</source>
            <translation>&amp;Borrar la lista</translation>
        </message>
    </context>
    <context>
        <name>RelatedSpendingPanel</name>
        <message>
            <source>Related spending (the 1.5 % track)</source>
            <translation>Gasto relacionado (la vía del 1,5 %)</translation>
        </message>
        <message>
            <source>Constant share</source>
            <translation>Proporción constante</translation>
        </message>
        <message>
            <source>Glide path to a share</source>
            <translation>Senda hacia una proporción</translation>
        </message>
        <message>
            <source>Related spending path</source>
            <translation>Senda del gasto relacionado</translation>
        </message>
        <message>
            <source> % of GDP</source>
            <translation> % del PIB</translation>
        </message>
        <message>
            <source>Related spending share</source>
            <translation>Proporción del gasto relacionado</translation>
        </message>
        <message>
            <source>Related spending as a share of GDP (the starting share for a glide).</source>
            <translation>Gasto relacionado como proporción del PIB (la proporción inicial de una senda).</translation>
        </message>
        <message>
            <source>Related glide target</source>
            <translation>Objetivo de la senda relacionada</translation>
        </message>
        <message>
            <source>Share reached by the glide year.</source>
            <translation>Proporción alcanzada en el año objetivo.</translation>
        </message>
        <message>
            <source>Related glide year</source>
            <translation>Año objetivo relacionado</translation>
        </message>
        <message>
            <source>Year the related target share is reached.</source>
            <translation>Año en que se alcanza la proporción objetivo relacionada.</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for this category, so it starts at 0 %. At most {0:g} % of GDP counts towards the 5 % total.</source>
            <translation>La OTAN no publica ninguna cifra por Aliado para esta categoría, así que parte del 0 %. Como máximo el {0:g} % del PIB cuenta para el total del 5 %.</translation>
        </message>
        <message>
            <source>Related spending cap</source>
            <translation>Tope del gasto relacionado</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Senda</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>By year</source>
            <translation>Año</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>Threshold results</source>
            <translation>Resultados por umbral</translation>
        </message>
        <message>
            <source>Gap: how far the projected share in the target year is short of the threshold, or above it. Required growth: constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
            <translation>Brecha: cuánto le falta a la proporción proyectada en el año objetivo para llegar al umbral, o cuánto lo supera. Crecimiento necesario: crecimiento nominal constante del gasto básico desde el año base que alcanza el umbral en su año objetivo.</translation>
        </message>
        <message>
            <source>Your own numbers</source>
            <translation>Sus propias cifras</translation>
        </message>
        <message>
            <source>In {0}: core defence is {1:.1f} % of government spending and {2} {3} per person.</source>
            <translation>En {0}: la defensa básica es el {1:.1f} % del gasto público y {2} {3} por habitante.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioFiles</name>
        <message>
            <source>&amp;New</source>
            <extracomment>Switches the window to a dataset by id and says whether it did (the window's DatasetActions.switch_to); lets Open offer a file's recorded dataset.</extracomment>
            <translation>&amp;Nuevo</translation>
        </message>
        <message>
            <source>Start again from the default assumptions</source>
            <translation>Empezar de nuevo con los supuestos predeterminados</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Guardar &amp;como…</translation>
        </message>
        <message>
            <source>Defence Budget What-If Calculator</source>
            <translation>Calculadora de escenarios del presupuesto de defensa</translation>
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
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Save the changes to “{0}”?</source>
            <translation>¿Guardar los cambios en «{0}»?</translation>
        </message>
        <message>
            <source>Your changes will be lost if you don't save them.</source>
            <translation>Sus cambios se perderán si no los guarda.</translation>
        </message>
        <message>
            <source>Untitled ({0})</source>
            <translation>Sin título ({0})</translation>
        </message>
        <message>
            <source>Cannot open the scenario</source>
            <translation>No se puede abrir el escenario</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>Abierto {0}</translation>
        </message>
        <message>
            <source>Open with {0}</source>
            <translation>Abrir con {0}</translation>
        </message>
        <message>
            <source>Different dataset</source>
            <translation>Otro conjunto de datos</translation>
        </message>
        <message>
            <source>{0} was saved with dataset {1}; the active dataset is {2}.</source>
            <translation>{0} se guardó con el conjunto de datos {1}; el conjunto activo es {2}.</translation>
        </message>
        <message>
            <source>Open it with either dataset; projected figures can differ between them.</source>
            <translation>Ábralo con cualquiera de los dos conjuntos de datos; las cifras proyectadas pueden diferir.</translation>
        </message>
        <message>
            <source>Dataset {0} is not here (Data ▸ Datasets… lists those that are). Open it with dataset {1}? Projected figures can differ from when it was saved.</source>
            <translation>El conjunto de datos {0} no está aquí (Datos ▸ Conjuntos de datos… enumera los disponibles). ¿Abrirlo con el conjunto {1}? Las cifras proyectadas pueden diferir de las del momento en que se guardó.</translation>
        </message>
        <message>
            <source>Open scenario</source>
            <translation>Abrir escenario</translation>
        </message>
        <message>
            <source>Scenarios (*.scenario.json)</source>
            <translation>Escenarios (*.scenario.json)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Cannot save the scenario</source>
            <translation>No se puede guardar el escenario</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Guardado {0}</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Guardar escenario</translation>
        </message>
        <message>
            <source>Save the changes to “{0}” before quitting?</source>
            <translation>¿Guardar los cambios en «{0}» antes de salir?</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>Scenario</source>
            <translation>Escenario</translation>
        </message>
        <message>
            <source>Untitled scenario</source>
            <translation>Escenario sin título</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Nombre del escenario</translation>
        </message>
        <message>
            <source>Shown in the window title and on exported reports</source>
            <translation>Se muestra en el título de la ventana y en los informes exportados</translation>
        </message>
        <message>
            <source>Notes: purpose, sources, caveats…</source>
            <translation>Notas: propósito, fuentes, advertencias…</translation>
        </message>
        <message>
            <source>Scenario notes</source>
            <translation>Notas del escenario</translation>
        </message>
        <message>
            <source>Free text, saved with the scenario and printed in the PDF brief</source>
            <translation>Texto libre, guardado con el escenario e impreso en la nota en PDF</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
    </context>
    <context>
        <name>Scoreboard</name>
        <message>
            <source>Scoreboard</source>
            <translation>Marcador</translation>
        </message>
        <message>
            <source>No threshold is switched on.</source>
            <translation>No hay ningún umbral activado.</translation>
        </message>
    </context>
    <context>
        <name>SentenceBar</name>
        <message>
            <source>Summary sentence</source>
            <translation>Frase de resumen</translation>
        </message>
        <message>
            <source>Copy sentence</source>
            <translation>Copiar la frase</translation>
        </message>
        <message>
            <source>Copy summary sentence</source>
            <translation>Copiar la frase de resumen</translation>
        </message>
        <message>
            <source>Copy the sentence to paste into a briefing</source>
            <translation>Copiar la frase para pegarla en una nota informativa</translation>
        </message>
    </context>
    <context>
        <name>ThresholdsPanel</name>
        <message>
            <source>Thresholds</source>
            <translation>Umbrales</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Activada</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% del PIB</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Each threshold is tested against the core share or the total (core + counted related) share; its target year is where the gap and the required growth are measured.</source>
            <translation>Cada umbral se compara con la proporción básica o con la total (básica + relacionada computada); su año objetivo es donde se miden la brecha y el crecimiento necesario.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add threshold</source>
            <translation>Añadir umbral</translation>
        </message>
        <message>
            <source>Add a threshold.</source>
            <translation>Añadir un umbral.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove threshold</source>
            <translation>Quitar umbral</translation>
        </message>
        <message>
            <source>Remove the selected thresholds.</source>
            <translation>Quitar los umbrales seleccionados.</translation>
        </message>
        <message>
            <source>Add Wales 2 %</source>
            <translation>Añadir Gales 2 %</translation>
        </message>
        <message>
            <source>Add Wales threshold</source>
            <translation>Añadir el umbral de Gales</translation>
        </message>
        <message>
            <source>Add the 2014 Wales guideline of 2 % of GDP.</source>
            <translation>Añadir la pauta de Gales de 2014 del 2 % del PIB.</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>Predeterminados</translation>
        </message>
        <message>
            <source>Restore default thresholds</source>
            <translation>Restablecer los umbrales predeterminados</translation>
        </message>
        <message>
            <source>2.1 % core (Spain's position), 3.5 % core and 5 % total (The Hague).</source>
            <translation>2,1 % básico (posición de España), 3,5 % básico y 5 % total (La Haya).</translation>
        </message>
        <message>
            <source>Test this threshold</source>
            <translation>Comprobar este umbral</translation>
        </message>
        <message>
            <source>Threshold value</source>
            <translation>Valor del umbral</translation>
        </message>
        <message>
            <source>Share of GDP to test, in %.</source>
            <translation>Proporción del PIB que comprobar, en %.</translation>
        </message>
        <message>
            <source>core</source>
            <translation>básico</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>Threshold measure</source>
            <translation>Medida del umbral</translation>
        </message>
        <message>
            <source>core: NATO core defence share. total: core + related (counted up to 1.5 %).</source>
            <translation>básico: proporción de defensa básica de la OTAN. total: básico + relacionado (computado hasta el 1,5 %).</translation>
        </message>
        <message>
            <source>Threshold target year</source>
            <translation>Año objetivo del umbral</translation>
        </message>
        <message>
            <source>Year the gap and the required growth are measured.</source>
            <translation>Año en que se miden la brecha y el crecimiento necesario.</translation>
        </message>
        <message>
            <source>Threshold label</source>
            <translation>Etiqueta del umbral</translation>
        </message>
        <message>
            <source>Name shown on the chart.</source>
            <translation>Nombre que se muestra en el gráfico.</translation>
        </message>
    </context>
    <context>
        <name>TourDialog</name>
        <message>
            <source>Tour</source>
            <translation>Recorrido</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>&amp;Skip tour</source>
            <translation>&amp;Saltar el recorrido</translation>
        </message>
        <message>
            <source>The previous step</source>
            <translation>El paso anterior</translation>
        </message>
        <message>
            <source>Close the tour; Help &gt; Tour shows it again</source>
            <translation>Cerrar el recorrido; Ayuda &gt; Recorrido lo muestra de nuevo</translation>
        </message>
        <message>
            <source>Step {0} of {1}</source>
            <translation>Paso {0} de {1}</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Hecho</translation>
        </message>
        <message>
            <source>Close the tour</source>
            <translation>Cerrar el recorrido</translation>
        </message>
        <message>
            <source>The next step</source>
            <translation>El paso siguiente</translation>
        </message>
    </context>
    <context>
        <name>UncertaintyView</name>
        <message>
            <source>Draw growth and inflation shocks and show the odds of each threshold</source>
            <translation>Simular perturbaciones de crecimiento e inflación y mostrar la probabilidad de cada umbral</translation>
        </message>
        <message>
            <source>Number of draws</source>
            <translation>Número de simulaciones</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <source>The same seed gives the same numbers</source>
            <translation>La misma semilla da las mismas cifras</translation>
        </message>
        <message>
            <source>Leave 2020–21 out of the estimate</source>
            <translation>Dejar 2020–21 fuera de la estimación</translation>
        </message>
        <message>
            <source>Execution risk (% of plan not spent)</source>
            <translation>Riesgo de ejecución (% de lo previsto no gastado)</translation>
        </message>
        <message>
            <source>Execution risk, mean</source>
            <translation>Riesgo de ejecución, media</translation>
        </message>
        <message>
            <source>SD </source>
            <translation>DE </translation>
        </message>
        <message>
            <source> pp</source>
            <translation> p. p.</translation>
        </message>
        <message>
            <source>Execution risk, spread</source>
            <translation>Riesgo de ejecución, dispersión</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Ficha del modelo</translation>
        </message>
        <message>
            <source>Probabilities</source>
            <translation>Probabilidades</translation>
        </message>
        <message>
            <source>Which quantity spreads</source>
            <translation>Qué magnitud se dispersa</translation>
        </message>
        <message>
            <source>Histogram of the year first reached</source>
            <translation>Histograma del año en que se alcanza por primera vez</translation>
        </message>
        <message>
            <source>Share of draws (%)</source>
            <translation>Proporción de simulaciones (%)</translation>
        </message>
        <message>
            <source>Sensitivity chart</source>
            <translation>Gráfico de sensibilidad</translation>
        </message>
        <message>
            <source>Change of the target-year share (pp)</source>
            <translation>Variación de la proporción en el año objetivo (p. p.)</translation>
        </message>
        <message>
            <source>&amp;Draws</source>
            <translation>&amp;Simulaciones</translation>
        </message>
        <message>
            <source>S&amp;eed</source>
            <translation>S&amp;emilla</translation>
        </message>
        <message>
            <source>Off: tick the box to draw the odds of each threshold.</source>
            <translation>Desactivado: marque la casilla para calcular la probabilidad de cada umbral.</translation>
        </message>
        <message>
            <source>Drawing…</source>
            <translation>Simulando…</translation>
        </message>
        <message>
            <source>Show uncertainty ({0} draws)</source>
            <translation>Mostrar la incertidumbre ({0} simulaciones)</translation>
        </message>
        <message>
            <source>Share in {0}, one assumption {1} pp</source>
            <translation>Proporción en {0}, un supuesto {1} p. p.</translation>
        </message>
        <message>
            <source>Orange: the assumption {0} pp higher; green: {0} pp lower. The bars are the change of the core share in {1} against the central case.</source>
            <translation>Naranja: el supuesto {0} p. p. más alto; verde: {0} p. p. más bajo. Las barras son la variación de la proporción básica en {1} frente al caso central.</translation>
        </message>
    </context>
    <context>
        <name>VintagesView</name>
        <message>
            <source>Compare with</source>
            <translation>Comparar con</translation>
        </message>
        <message>
            <source>Another dataset or edition to re-run the current scenario on</source>
            <translation>Otro conjunto de datos o edición en el que repetir el escenario actual</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>A (in use)</source>
            <translation>A (en uso)</translation>
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
            <translation>Qué ha cambiado</translation>
        </message>
        <message>
            <source>Equipment share chart</source>
            <translation>Gráfico de la proporción de equipamiento</translation>
        </message>
        <message>
            <source>Include what &amp;changed between editions</source>
            <translation>Incluir lo que ha &amp;cambiado entre ediciones</translation>
        </message>
        <message>
            <source>PDF, Excel and JSON exports of this ally add a section comparing the scenario with the dataset or edition chosen in the Vintages tab</source>
            <translation>Las exportaciones PDF, Excel y JSON de este Aliado añaden una sección que compara el escenario con el conjunto de datos o la edición elegidos en la pestaña Ediciones</translation>
        </message>
        <message>
            <source>&amp;Include in File ▸ Export (PDF brief, Excel workbook, JSON)</source>
            <translation>&amp;Incluir en Archivo ▸ Exportar (informe PDF, libro Excel, JSON)</translation>
        </message>
        <message>
            <source>&amp;Compare with</source>
            <translation>&amp;Comparar con</translation>
        </message>
        <message>
            <source>What changed between editions</source>
            <translation>Qué ha cambiado entre ediciones</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>incluido</translation>
        </message>
        <message>
            <source>{0} · edition {1} ({2})</source>
            <translation>{0} · edición {1} ({2})</translation>
        </message>
        <message>
            <source>{0} · edition {1}</source>
            <translation>{0} · edición {1}</translation>
        </message>
        <message>
            <source>A: {0}. No other dataset or edition to compare with.</source>
            <translation>A: {0}. No hay otro conjunto de datos ni edición con que comparar.</translation>
        </message>
        <message>
            <source>A: {0}</source>
            <translation>A: {0}</translation>
        </message>
        <message>
            <source>{0}: the same scenario on two datasets.
A: {1}
B: {2}</source>
            <translation>{0}: el mismo escenario con dos conjuntos de datos.
A: {1}
B: {2}</translation>
        </message>
        <message>
            <source>A and B</source>
            <translation>A y B</translation>
        </message>
        <message>
            <source>What changed between editions: {0}</source>
            <translation>Qué ha cambiado entre ediciones: {0}</translation>
        </message>
    </context>
    <context>
        <name>YearTableModel</name>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>GDP, bn</source>
            <translation>PIB, mm</translation>
        </message>
        <message>
            <source>Real growth %</source>
            <translation>Crecimiento real %</translation>
        </message>
        <message>
            <source>Inflation %</source>
            <translation>Inflación %</translation>
        </message>
        <message>
            <source>Core, bn</source>
            <translation>Básico, mm</translation>
        </message>
        <message>
            <source>Core % GDP</source>
            <translation>Básico % PIB</translation>
        </message>
        <message>
            <source>Related, bn</source>
            <translation>Relacionado, mm</translation>
        </message>
        <message>
            <source>Related % GDP</source>
            <translation>Relacionado % PIB</translation>
        </message>
        <message>
            <source>Total % GDP</source>
            <translation>Total % PIB</translation>
        </message>
        <message>
            <source>Core, bn, base-year prices</source>
            <translation>Básico, mm, precios del año base</translation>
        </message>
        <message>
            <source>Core per person</source>
            <translation>Básico por habitante</translation>
        </message>
        <message>
            <source>Core % gov. spending</source>
            <translation>Básico % gasto público</translation>
        </message>
        <message>
            <source>Extra vs constant share, bn</source>
            <translation>Adicional vs. proporción constante, mm</translation>
        </message>
        <message>
            <source>Extra vs cash freeze, bn</source>
            <translation>Adicional vs. congelación nominal, mm</translation>
        </message>
        <message>
            <source>Extra vs real freeze, bn</source>
            <translation>Adicional vs. congelación real, mm</translation>
        </message>
        <message>
            <source>Extra vs your baseline, bn</source>
            <translation>Adicional vs. su referencia, mm</translation>
        </message>
        <message>
            <source>{0}, {1} prices</source>
            <translation>{0}, precios de {1}</translation>
        </message>
    </context>
    <context>
        <name>YearTablePanel</name>
        <message>
            <source>Yearly table</source>
            <translation>Tabla anual</translation>
        </message>
        <message>
            <source>Per-year projection; Ctrl+C copies the table</source>
            <translation>Proyección anual; Ctrl+C copia la tabla</translation>
        </message>
        <message>
            <source>Copy table</source>
            <translation>Copiar la tabla</translation>
        </message>
        <message>
            <source>Copy yearly table</source>
            <translation>Copiar la tabla anual</translation>
        </message>
        <message>
            <source>Copy as tab-separated text (pastes into Excel)</source>
            <translation>Copiar como texto separado por tabulaciones (se pega en Excel)</translation>
        </message>
        <message>
            <source>{0}: money in billions of {1}, {2} (base year {3}: {4}, then the paths you set); extra spending against {5}, blank outside {6}–{7}.</source>
            <translation>{0}: dinero en miles de millones de {1}, {2} (año base {3}: {4}, después las sendas que ha fijado); gasto adicional frente a {5}, en blanco fuera de {6}–{7}.</translation>
        </message>
    </context>
    <context>
        <name>guide</name>
        <message>
            <source>Constant share</source>
            <translation>Proporción constante</translation>
        </message>
        <message>
            <source>8 % a year</source>
            <translation>8 % anual</translation>
        </message>
        <message>
            <source>3.5 % by 2030</source>
            <translation>3,5 % en 2030</translation>
        </message>
    </context>
    <context>
        <name>phrases</name>
        <message>
            <source>billions</source>
            <translation>miles de millones</translation>
        </message>
        <message>
            <source>millions</source>
            <translation>millones</translation>
        </message>
        <message>
            <source>already met in {0}</source>
            <translation>ya cumplido en {0}</translation>
        </message>
        <message>
            <source>reached in {0}</source>
            <translation>alcanzado en {0}</translation>
        </message>
        <message>
            <source>not by {0}</source>
            <translation>no antes de {0}</translation>
        </message>
        <message>
            <source>not by {0} ({1} on this path)</source>
            <translation>no antes de {0} ({1} en esta senda)</translation>
        </message>
        <message>
            <source>not by {0} ({1} at constant growth rates)</source>
            <translation>no antes de {0} ({1} con tasas de crecimiento constantes)</translation>
        </message>
        <message>
            <source>short by {0:.2f} pp ({1})</source>
            <translation>faltan {0:.2f} p. p. ({1})</translation>
        </message>
        <message>
            <source>above by {0:.2f} pp</source>
            <translation>superado en {0:.2f} p. p.</translation>
        </message>
        <message>
            <source>met exactly</source>
            <translation>cumplido exactamente</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Se mantiene</translation>
        </message>
        <message>
            <source>At target year</source>
            <translation>En el año objetivo</translation>
        </message>
        <message>
            <source>Gap at target</source>
            <translation>Brecha en el objetivo</translation>
        </message>
        <message>
            <source>Money needed</source>
            <translation>Dinero necesario</translation>
        </message>
        <message>
            <source>Required growth</source>
            <translation>Crecimiento necesario</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>core</source>
            <translation>básico</translation>
        </message>
        <message>
            <source>{0} in total</source>
            <translation>{0} en total</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>{0}: {1:.2f} %</source>
            <translation>{0}: {1:.2f} %</translation>
        </message>
        <message>
            <source>{0} a year</source>
            <translation>{0} al año</translation>
        </message>
        <message>
            <source>a fall of {0}</source>
            <translation>una caída del {0}</translation>
        </message>
        <message>
            <source>met</source>
            <translation>cumplido</translation>
        </message>
        <message>
            <source>, lost</source>
            <translation>, perdido</translation>
        </message>
        <message>
            <source>Years show when each threshold is first reached (met = already in the base year; lost = falls back below it by {0}; – = not by {0}).</source>
            <translation>Los años indican cuándo se alcanza por primera vez cada umbral (cumplido = ya en el año base; perdido = vuelve a quedar por debajo antes de {0}; – = no antes de {0}).</translation>
        </message>
        <message>
            <source>constant share of GDP</source>
            <translation>proporción constante del PIB</translation>
        </message>
        <message>
            <source>growth at a rate</source>
            <translation>crecimiento a una tasa</translation>
        </message>
        <message>
            <source>glide path to a share</source>
            <translation>senda hacia una proporción</translation>
        </message>
        <message>
            <source>an amount added each year</source>
            <translation>una cantidad sumada cada año</translation>
        </message>
        <message>
            <source>custom points</source>
            <translation>puntos propios</translation>
        </message>
        <message>
            <source>IMF WEO October 2025 baseline</source>
            <translation>referencia WEO del FMI de octubre de 2025</translation>
        </message>
        <message>
            <source>constant rates</source>
            <translation>tasas constantes</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Nombre del escenario</translation>
        </message>
        <message>
            <source>Scenario notes</source>
            <translation>Notas del escenario</translation>
        </message>
        <message>
            <source>Ally (ISO3)</source>
            <translation>Aliado (ISO3)</translation>
        </message>
        <message>
            <source>NATO edition</source>
            <translation>Edición OTAN</translation>
        </message>
        <message>
            <source>Base year</source>
            <translation>Año base</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizonte</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Economía</translation>
        </message>
        <message>
            <source>Real GDP growth (%/yr)</source>
            <translation>Crecimiento real del PIB (%/año)</translation>
        </message>
        <message>
            <source>GDP deflator inflation (%/yr)</source>
            <translation>Inflación del deflactor del PIB (%/año)</translation>
        </message>
        <message>
            <source>Real growth adjustment (pp)</source>
            <translation>Ajuste del crecimiento real (p. p.)</translation>
        </message>
        <message>
            <source>Inflation adjustment (pp)</source>
            <translation>Ajuste de la inflación (p. p.)</translation>
        </message>
        <message>
            <source>Per-year economy overrides</source>
            <translation>Valores económicos anuales fijados</translation>
        </message>
        <message>
            <source>Core spending path</source>
            <translation>Senda del gasto básico</translation>
        </message>
        <message>
            <source>Core spending growth (%/yr)</source>
            <translation>Crecimiento del gasto básico (%/año)</translation>
        </message>
        <message>
            <source>Growth is real (on top of inflation)</source>
            <translation>Crecimiento real (por encima de la inflación)</translation>
        </message>
        <message>
            <source>Glide path target (% of GDP)</source>
            <translation>Objetivo de la senda (% del PIB)</translation>
        </message>
        <message>
            <source>Glide path target year</source>
            <translation>Año objetivo de la senda</translation>
        </message>
        <message>
            <source>Yearly increment (bn, nominal)</source>
            <translation>Incremento anual (mm, nominal)</translation>
        </message>
        <message>
            <source>Custom path points</source>
            <translation>Puntos de la senda propia</translation>
        </message>
        <message>
            <source>Related spending path</source>
            <translation>Senda del gasto relacionado</translation>
        </message>
        <message>
            <source>Related share (% of GDP)</source>
            <translation>Proporción relacionada (% del PIB)</translation>
        </message>
        <message>
            <source>Related glide target (% of GDP)</source>
            <translation>Objetivo de la senda relacionada (% del PIB)</translation>
        </message>
        <message>
            <source>Related glide target year</source>
            <translation>Año objetivo de la senda relacionada</translation>
        </message>
        <message>
            <source>Related counted up to (% of GDP)</source>
            <translation>Relacionado computado hasta (% del PIB)</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <translation>Umbrales</translation>
        </message>
        <message>
            <source>Hague path check</source>
            <translation>Comprobación de la senda de La Haya</translation>
        </message>
        <message>
            <source>Extra spending against the baselines</source>
            <translation>Gasto adicional frente a las referencias</translation>
        </message>
        <message>
            <source>Your own numbers</source>
            <translation>Sus propias cifras</translation>
        </message>
        <message>
            <source>Money needed, in one currency</source>
            <translation>Dinero necesario, en una sola moneda</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Supuestos</translation>
        </message>
        <message>
            <source>Year by year</source>
            <translation>Año por año</translation>
        </message>
        <message>
            <source>Method and caveats</source>
            <translation>Método y advertencias</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>Supuesto</translation>
        </message>
        <message>
            <source>This scenario</source>
            <translation>Este escenario</translation>
        </message>
        <message>
            <source>Default (where changed)</source>
            <translation>Predeterminado (si cambia)</translation>
        </message>
        <message>
            <source>Base year B is the latest year with a NATO figure for the ally. Core defence spending in B is NATO's share of GDP × IMF nominal GDP (derived, not published by NATO). GDP grows by real growth and GDP-deflator inflation: GDP&lt;sub&gt;t&lt;/sub&gt; = GDP&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g) × (1 + p); the IMF baseline uses WEO October 2025 rates to 2030 and holds the 2030 rates after. A threshold is reached in the first year whose share is at or above it. Required growth is the constant nominal growth of core spending from B that reaches the threshold in its target year: r* = ((value × GDP&lt;sub&gt;Y&lt;/sub&gt;) / D&lt;sub&gt;B&lt;/sub&gt;)&lt;sup&gt;1/(Y−B)&lt;/sup&gt; − 1. Related (defence- and security-related) spending counts towards the total up to 1.5 % of GDP. The Hague path check asks whether the core share never falls, reaches 3.5 % by 2035, and where it stands in 2029 against a straight line from B to 3.5 % in 2035.</source>
            <translation>El año base B es el último año con una cifra de la OTAN para el aliado. El gasto básico en defensa del año B es la proporción del PIB de la OTAN × el PIB nominal del FMI (derivado, no publicado por la OTAN). El PIB crece según el crecimiento real y la inflación del deflactor del PIB: PIB&lt;sub&gt;t&lt;/sub&gt; = PIB&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g) × (1 + p); la referencia del FMI aplica las tasas de las Perspectivas de octubre de 2025 hasta 2030 y mantiene después las de 2030. Un umbral se alcanza el primer año en que la proporción es igual o superior a él. El crecimiento necesario es el crecimiento nominal constante del gasto básico desde B que alcanza el umbral en su año objetivo: r* = ((valor × PIB&lt;sub&gt;Y&lt;/sub&gt;) / D&lt;sub&gt;B&lt;/sub&gt;)&lt;sup&gt;1/(Y−B)&lt;/sup&gt; − 1. El gasto relacionado (con la defensa y la seguridad) cuenta para el total hasta el 1,5 % del PIB. La comprobación de la senda de La Haya examina si la proporción básica no baja nunca, si alcanza el 3,5 % antes de 2035 y dónde se sitúa en 2029 frente a una recta desde B hasta el 3,5 % en 2035.</translation>
        </message>
        <message>
            <source>Figures for 2025 and 2026 are NATO estimates; IMF figures after the last actual year (2024 for most allies) are projections. NATO's share of GDP (Table 3) is a ratio at 2021 prices; for the Netherlands it differs from spending ÷ nominal GDP. NATO publishes no per-ally figure for defence- and security-related spending, so it is 0 % unless set. NATO year Y is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the UK). Money is in the currency of the IMF figures, in billions at current prices, never converted silently.</source>
            <translation>Las cifras de 2025 y 2026 son estimaciones de la OTAN; las cifras del FMI posteriores al último año observado (2024 para la mayoría de los aliados) son proyecciones. La proporción del PIB de la OTAN (cuadro 3) es un cociente a precios de 2021; para los Países Bajos difiere del gasto ÷ PIB nominal. La OTAN no publica ninguna cifra por aliado del gasto relacionado con la defensa y la seguridad, por lo que es del 0 % salvo que se indique. El año OTAN Y es el ejercicio fiscal que contiene la mayoría de sus meses (2025 = ejercicio 2025/26 para Canadá y el Reino Unido). Los importes están en la moneda de las cifras del FMI, en miles de millones a precios corrientes, y nunca se convierten sin avisar.</translation>
        </message>
        <message>
            <source>already met</source>
            <translation>ya cumplido</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>alcanzado</translation>
        </message>
        <message>
            <source>reached, then falls below</source>
            <translation>alcanzado, después vuelve a bajar</translation>
        </message>
        <message>
            <source>met, then falls below</source>
            <translation>cumplido, después vuelve a bajar</translation>
        </message>
        <message>
            <source>not used with {0}</source>
            <translation>no se usa con {0}</translation>
        </message>
        <message>
            <source>constant rates: {0} real growth, {1} inflation</source>
            <translation>tasas constantes: crecimiento real del {0}, inflación del {1}</translation>
        </message>
        <message>
            <source>, real growth {0:+g} pp</source>
            <translation>, crecimiento real {0:+g} p. p.</translation>
        </message>
        <message>
            <source>, inflation {0:+g} pp</source>
            <translation>, inflación {0:+g} p. p.</translation>
        </message>
        <message>
            <source>, own figures for {0}</source>
            <translation>, cifras propias para {0}</translation>
        </message>
        <message>
            <source>growth of {0} a year above inflation (real)</source>
            <translation>crecimiento del {0} anual por encima de la inflación (real)</translation>
        </message>
        <message>
            <source>growth of {0} a year (nominal)</source>
            <translation>crecimiento del {0} anual (nominal)</translation>
        </message>
        <message>
            <source>straight line to {0} of GDP by {1}</source>
            <translation>línea recta hasta el {0} del PIB en {1}</translation>
        </message>
        <message>
            <source>adding {0:,.2f} bn {1} a year</source>
            <translation>sumando {0:,.2f} mm {1} al año</translation>
        </message>
        <message>
            <source>cutting {0:,.2f} bn {1} a year</source>
            <translation>recortando {0:,.2f} mm {1} al año</translation>
        </message>
        <message>
            <source>custom path: {0}</source>
            <translation>senda propia: {0}</translation>
        </message>
        <message>
            <source>{0}/yr real</source>
            <translation>{0}/año real</translation>
        </message>
        <message>
            <source>{0}/yr</source>
            <translation>{0}/año</translation>
        </message>
        <message>
            <source>{0} by {1}</source>
            <translation>{0} en {1}</translation>
        </message>
        <message>
            <source>{0:+g} bn/yr</source>
            <translation>{0:+g} mm/año</translation>
        </message>
        <message>
            <source>custom path</source>
            <translation>senda propia</translation>
        </message>
        <message>
            <source>constant share</source>
            <translation>proporción constante</translation>
        </message>
        <message>
            <source>{0} rising to {1} by {2}</source>
            <translation>{0} que sube al {1} en {2}</translation>
        </message>
        <message>
            <source>{0} of GDP</source>
            <translation>{0} del PIB</translation>
        </message>
        <message>
            <source> (counted up to {0})</source>
            <translation> (computado hasta el {0})</translation>
        </message>
        <message>
            <source>{0}: {1} {2} by {3}</source>
            <translation>{0}: {1} {2} en {3}</translation>
        </message>
        <message>
            <source>{0} reaches {1} in {2}</source>
            <translation>{0} alcanza el {1} en {2}</translation>
        </message>
        <message>
            <source>{1} is reached in {2}</source>
            <translation>el {1} se alcanza en {2}</translation>
        </message>
        <message>
            <source>{0} already meets {1}</source>
            <translation>{0} ya cumple el {1}</translation>
        </message>
        <message>
            <source>{1} is already met</source>
            <translation>el {1} ya se cumple</translation>
        </message>
        <message>
            <source>{0} does not reach {1} by {2}</source>
            <translation>{0} no alcanza el {1} en {2}</translation>
        </message>
        <message>
            <source>{1} is not reached by {2}</source>
            <translation>el {1} no se alcanza en {2}</translation>
        </message>
        <message>
            <source> to get there by {0}</source>
            <translation> para llegar en {0}</translation>
        </message>
        <message>
            <source>With core defence spending rising {0} a year above inflation from {1}</source>
            <translation>Con un gasto básico en defensa que crece un {0} anual por encima de la inflación desde {1}</translation>
        </message>
        <message>
            <source>{0:+g} points</source>
            <translation>{0:+g} p. p.</translation>
        </message>
        <message>
            <source>Spain's position</source>
            <translation>Posición de España</translation>
        </message>
        <message>
            <source>Hague core, 2035</source>
            <translation>La Haya (básico), 2035</translation>
        </message>
        <message>
            <source>Hague total, 2035</source>
            <translation>La Haya (total), 2035</translation>
        </message>
        <message>
            <source>{0}, {1} prices</source>
            <translation>{0}, precios de {1}</translation>
        </message>
        <message>
            <source>Real growth on the IMF path (own inflation only)</source>
            <translation>Crecimiento real según la senda del FMI (solo inflación propia)</translation>
        </message>
        <message>
            <source>Inflation on the IMF path (own real growth only)</source>
            <translation>Inflación según la senda del FMI (solo crecimiento real propio)</translation>
        </message>
        <message>
            <source>Own nominal GDP path</source>
            <translation>Senda propia del PIB nominal</translation>
        </message>
        <message>
            <source>Source of the own GDP path</source>
            <translation>Fuente de la senda propia del PIB</translation>
        </message>
        <message>
            <source>Glide path never below the current share</source>
            <translation>Senda nunca por debajo de la proporción actual</translation>
        </message>
        <message>
            <source>Base-year spending from</source>
            <translation>Gasto del año base según</translation>
        </message>
        <message>
            <source>Own base-year share (% of GDP)</source>
            <translation>Proporción propia del año base (% del PIB)</translation>
        </message>
        <message>
            <source>Own base-year amount (bn)</source>
            <translation>Importe propio del año base (mm)</translation>
        </message>
        <message>
            <source>Currency of the money</source>
            <translation>Moneda de los importes</translation>
        </message>
        <message>
            <source>Extra spending measured against</source>
            <translation>Gasto adicional medido frente a</translation>
        </message>
        <message>
            <source>Own baseline amounts</source>
            <translation>Importes de la referencia propia</translation>
        </message>
        <message>
            <source>Own baseline's name</source>
            <translation>Nombre de la referencia propia</translation>
        </message>
        <message>
            <source>Extra spending summed from</source>
            <translation>Gasto adicional sumado desde</translation>
        </message>
        <message>
            <source>Extra spending summed to</source>
            <translation>Gasto adicional sumado hasta</translation>
        </message>
        <message>
            <source>Claim checked</source>
            <translation>Anuncio verificado</translation>
        </message>
        <message>
            <source>not used: on its IMF path</source>
            <translation>no se usa: sigue la senda del FMI</translation>
        </message>
        <message>
            <source>constant {0} real growth, inflation on its IMF path</source>
            <translation>crecimiento real constante del {0}, inflación según la senda del FMI</translation>
        </message>
        <message>
            <source>real growth on its IMF path, constant {0} inflation</source>
            <translation>crecimiento real según la senda del FMI, inflación constante del {0}</translation>
        </message>
        <message>
            <source>With core defence spending falling {0} a year in real terms from {1}</source>
            <translation>Con un gasto básico en defensa que cae un {0} anual en términos reales desde {1}</translation>
        </message>
        <message>
            <source>With core defence spending unchanged in real terms from {1}</source>
            <translation>Con un gasto básico en defensa sin cambios en términos reales desde {1}</translation>
        </message>
        <message>
            <source>With core defence spending rising {0} a year in cash terms from {1}</source>
            <translation>Con un gasto básico en defensa que crece un {0} anual en términos nominales desde {1}</translation>
        </message>
        <message>
            <source>With core defence spending falling {0} a year in cash terms from {1}</source>
            <translation>Con un gasto básico en defensa que cae un {0} anual en términos nominales desde {1}</translation>
        </message>
        <message>
            <source>With core defence spending frozen in cash terms from {1}</source>
            <translation>Con un gasto básico en defensa congelado en términos nominales desde {1}</translation>
        </message>
        <message>
            <source>With core defence spending held at {0:.2f} % of GDP from {1} (the glide target {2} is below it)</source>
            <translation>Con un gasto básico en defensa mantenido en el {0:.2f} % del PIB desde {1} (el objetivo de la senda, {2}, está por debajo)</translation>
        </message>
        <message>
            <source>With core defence spending on a straight line from {0:.2f} % of GDP in {1} to {2} by {3}</source>
            <translation>Con un gasto básico en defensa que va en línea recta del {0:.2f} % del PIB en {1} al {2} en {3}</translation>
        </message>
        <message>
            <source>With {0} added to core defence spending each year from {1}</source>
            <translation>Sumando {0} cada año al gasto básico en defensa desde {1}</translation>
        </message>
        <message>
            <source>With {0} taken off core defence spending each year from {1}</source>
            <translation>Restando {0} cada año al gasto básico en defensa desde {1}</translation>
        </message>
        <message>
            <source>With core defence spending following the custom path from {0}</source>
            <translation>Con un gasto básico en defensa que sigue la senda propia desde {0}</translation>
        </message>
        <message>
            <source>With core defence spending held at {0:.2f} % of GDP from {1}</source>
            <translation>Con un gasto básico en defensa mantenido en el {0:.2f} % del PIB desde {1}</translation>
        </message>
        <message>
            <source> even though core spending could fall {0:.1f} % a year in cash terms from {1} and still get there{2}</source>
            <translation> aunque el gasto básico podría bajar un {0:.1f} % anual en términos nominales desde {1} y aun así llegar{2}</translation>
        </message>
        <message>
            <source> even though spending could fall {0:.1f} % a year and still get there{2}</source>
            <translation> aunque el gasto podría bajar un {0:.1f} % anual y aun así llegar{2}</translation>
        </message>
        <message>
            <source> and would need core spending to grow {0:.1f} % a year in cash terms from {1}{2}</source>
            <translation> y necesitaría que el gasto básico creciera un {0:.1f} % anual en términos nominales desde {1}{2}</translation>
        </message>
        <message>
            <source> and would need {0:.1f} % a year{2}</source>
            <translation> y necesitaría un {0:.1f} % anual{2}</translation>
        </message>
        <message>
            <source>{0}, {1} spends {2:.2f} % of GDP in {3}; no threshold is switched on.</source>
            <translation>{0}, {1} gasta el {2:.2f} % del PIB en {3}; no hay ningún umbral activado.</translation>
        </message>
        <message>
            <source>{0} (related spending assumed at 0 %)</source>
            <translation>{0} (gasto relacionado supuesto en el 0 %)</translation>
        </message>
        <message>
            <source> but is on this path in {0}, by the {1} target</source>
            <translation> pero lo logra en esta senda en {0}, antes del objetivo de {1}</translation>
        </message>
        <message>
            <source> (but falls below it again)</source>
            <translation> (pero vuelve a quedar por debajo)</translation>
        </message>
        <message>
            <source>credible: the core share never falls and reaches 3.5 % by 2035</source>
            <translation>creíble: la proporción básica nunca baja y alcanza el 3,5 % en 2035</translation>
        </message>
        <message>
            <source>not a path to 3.5 % by 2035: the core share in 2035 is {0:.2f} %</source>
            <translation>no es una senda hacia el 3,5 % en 2035: la proporción básica en 2035 es del {0:.2f} %</translation>
        </message>
        <message>
            <source>reaches 3.5 % by 2035 but the core share falls on the way</source>
            <translation>alcanza el 3,5 % en 2035, pero la proporción básica baja por el camino</translation>
        </message>
        <message>
            <source>on the line</source>
            <translation>sobre la línea</translation>
        </message>
        <message>
            <source>{0:.2f} pp above the line</source>
            <translation>{0:.2f} p. p. por encima de la línea</translation>
        </message>
        <message>
            <source>{0:.2f} pp below the line</source>
            <translation>{0:.2f} p. p. por debajo de la línea</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>en camino</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>con retraso</translation>
        </message>
        <message>
            <source>At the 2029 review: {0:.2f} % against {1:.2f} % on the straight line to 3.5 % in 2035 ({2}, {3}).</source>
            <translation>En la revisión de 2029: {0:.2f} % frente al {1:.2f} % de la línea recta hacia el 3,5 % en 2035 ({2}, {3}).</translation>
        </message>
        <message>
            <source>Hague path check: {0}.</source>
            <translation>Comprobación de la senda de La Haya: {0}.</translation>
        </message>
        <message>
            <source>the same as {0}</source>
            <translation>lo mismo que {0}</translation>
        </message>
        <message>
            <source>{0} less than {1}</source>
            <translation>{0} menos que {1}</translation>
        </message>
        <message>
            <source>{0} more than {1}</source>
            <translation>{0} más que {1}</translation>
        </message>
        <message>
            <source>a constant share</source>
            <translation>una proporción constante</translation>
        </message>
        <message>
            <source>a cash freeze</source>
            <translation>una congelación nominal</translation>
        </message>
        <message>
            <source>a real freeze</source>
            <translation>una congelación real</translation>
        </message>
        <message>
            <source>Core spending {0}–{1}, cumulative: {2}, {3}, {4}, {5}.</source>
            <translation>Gasto básico {0}–{1}, acumulado: {2}, {3}, {4}, {5}.</translation>
        </message>
        <message>
            <source>Core spending {0}–{1}, cumulative: {2}, {3}, {4}.</source>
            <translation>Gasto básico {0}–{1}, acumulado: {2}, {3}, {4}.</translation>
        </message>
        <message>
            <source>Amounts in {0} prices.</source>
            <translation>Importes a precios de {0}.</translation>
        </message>
        <message>
            <source>Money is in billions of national currency, current prices; projected spending is derived (share × GDP), not published by NATO.</source>
            <translation>El dinero está en miles de millones de moneda nacional, a precios corrientes; el gasto proyectado es derivado (proporción × PIB), no publicado por la OTAN.</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for defence- and security-related spending; it is 0 % of GDP unless the scenario sets it.</source>
            <translation>La OTAN no publica ninguna cifra por Aliado del gasto relacionado con la defensa y la seguridad; es del 0 % del PIB salvo que el escenario lo fije.</translation>
        </message>
        <message>
            <source>NATO defines defence expenditure as payments made by a national government specifically to meet the needs of its armed forces, those of Allies or of the Alliance: personnel (including pensions), operations and maintenance, equipment, infrastructure and research and development. Since the 2026 edition NATO calls it core defence expenditure.</source>
            <translation>La OTAN define el gasto en defensa como los pagos que efectúa un gobierno nacional específicamente para atender las necesidades de sus fuerzas armadas, las de los Aliados o las de la Alianza: personal (incluidas las pensiones), operaciones y mantenimiento, equipamiento, infraestructura e investigación y desarrollo. Desde la edición de 2026 la OTAN lo denomina gasto básico en defensa.</translation>
        </message>
        <message>
            <source>The Hague 2025: at least 3.5 % of GDP a year on core defence by 2035, plus up to 1.5 % to protect critical infrastructure, defend networks, ensure civil preparedness and resilience, unleash innovation and strengthen the defence industrial base.</source>
            <translation>La Haya 2025: al menos el 3,5 % del PIB al año en defensa básica en 2035, más hasta el 1,5 % para proteger las infraestructuras críticas, defender las redes, garantizar la preparación y la resiliencia civiles, impulsar la innovación y reforzar la base industrial de defensa.</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for defence- and security-related spending, so it is 0 % of GDP here: the total equals core and a total threshold counts core spending only.</source>
            <translation>La OTAN no publica ninguna cifra por Aliado del gasto relacionado con la defensa y la seguridad, así que aquí es del 0 % del PIB: el total es igual al básico y un umbral total solo cuenta el gasto básico.</translation>
        </message>
        <message>
            <source>Related spending above {0:g} % of GDP counts only up to {0:g} % in the total (NATO's Hague rule); this path reaches {1:.2f} %.</source>
            <translation>El gasto relacionado por encima del {0:g} % del PIB solo cuenta hasta el {0:g} % en el total (regla de La Haya de la OTAN); esta senda llega al {1:.2f} %.</translation>
        </message>
        <message>
            <source>holds</source>
            <translation>se mantiene</translation>
        </message>
        <message>
            <source>falls below again</source>
            <translation>vuelve a bajar</translation>
        </message>
        <message>
            <source>reached · holds</source>
            <translation>alcanzado · se mantiene</translation>
        </message>
        <message>
            <source>reached · falls below again</source>
            <translation>alcanzado · vuelve a bajar</translation>
        </message>
        <message>
            <source>{0} at constant growth rates</source>
            <translation>{0} con tasas de crecimiento constantes</translation>
        </message>
        <message>
            <source>{0} on this path</source>
            <translation>{0} en esta senda</translation>
        </message>
        <message>
            <source>{0} in {1}</source>
            <translation>{0} en {1}</translation>
        </message>
        <message>
            <source>could fall {0:.1f} % a year from {1} (nominal)</source>
            <translation>podría bajar un {0:.1f} % anual desde {1} (nominal)</translation>
        </message>
        <message>
            <source>needs {0:.1f} % a year from {1} (nominal)</source>
            <translation>necesita un {0:.1f} % anual desde {1} (nominal)</translation>
        </message>
        <message>
            <source>Money in {0}: NATO publishes {1}; the projection derives {2} (NATO share × IMF GDP), {3:+.0f} %. The money chart marks the step.</source>
            <translation>Dinero en {0}: la OTAN publica {1}; la proyección deriva {2} (proporción OTAN × PIB del FMI), {3:+.0f} %. El gráfico de dinero marca el salto.</translation>
        </message>
        <message>
            <source>Chart of {0}'s defence spending, {1}–{2}.</source>
            <translation>Gráfico del gasto en defensa de {0}, {1}–{2}.</translation>
        </message>
        <message>
            <source>History (NATO, solid line): core spending was {0} of GDP in {1} and {2} in {3}.</source>
            <translation>Serie histórica (OTAN, línea continua): el gasto básico fue del {0} del PIB en {1} y del {2} en {3}.</translation>
        </message>
        <message>
            <source>Projection (dashed line): {0}, the core share goes from {1} in {2} to {3} in {4}.</source>
            <translation>Proyección (línea discontinua): {0}, la proporción básica pasa del {1} en {2} al {3} en {4}.</translation>
        </message>
        <message>
            <source>Projection (dashed line): {0}, the core share stays at {1} from {2} to {3}.</source>
            <translation>Proyección (línea discontinua): {0}, la proporción básica se mantiene en el {1} de {2} a {3}.</translation>
        </message>
        <message>
            <source>It is highest in {1}, at {0}.</source>
            <translation>Alcanza su máximo en {1}, con un {0}.</translation>
        </message>
        <message>
            <source>With related spending counted, the total share is {0} in {1}.</source>
            <translation>Con el gasto relacionado computado, la proporción total es del {0} en {1}.</translation>
        </message>
        <message>
            <source>Threshold line {0}: {1}.</source>
            <translation>Línea de umbral {0}: {1}.</translation>
        </message>
        <message>
            <source>No threshold is switched on.</source>
            <translation>No hay ningún umbral activado.</translation>
        </message>
        <message>
            <source>Money chart: core spending goes from {0} in {1} to {2} in {3}.</source>
            <translation>Gráfico de dinero: el gasto básico pasa de {0} en {1} a {2} en {3}.</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Escenarios lado a lado</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Escenario</translation>
        </message>
        <message>
            <source>Current: {0}</source>
            <translation>Actual: {0}</translation>
        </message>
        <message>
            <source>{0} {1}
by {2}</source>
            <translation>{0} {1}
en {2}</translation>
        </message>
        <message>
            <source>Core share
in {0}</source>
            <translation>Proporción básica
en {0}</translation>
        </message>
        <message>
            <source>Total share
in {0}</source>
            <translation>Proporción total
en {0}</translation>
        </message>
        <message>
            <source>Extra vs {0}
cumulative to {1}</source>
            <translation>Adicional frente a {0}
acumulado hasta {1}</translation>
        </message>
        <message>
            <source>{0}, lost</source>
            <translation>{0}, perdido</translation>
        </message>
        <message>
            <source>not by {0} ({1})</source>
            <translation>no antes de {0} ({1})</translation>
        </message>
        <message>
            <source>{0} (to {1})</source>
            <translation>{0} (hasta {1})</translation>
        </message>
        <message>
            <source>the same</source>
            <translation>igual</translation>
        </message>
        <message>
            <source>Years show when each threshold is first reached; “lost”: the share falls back below it by the horizon; “not by 2035 (2041)”: reached in 2041 if the path runs on. Extra spending is core spending above the baseline, summed from the year after each scenario's base year, in the ally's currency.</source>
            <translation>Los años indican cuándo se alcanza por primera vez cada umbral; «perdido»: la proporción vuelve a quedar por debajo antes del horizonte; «no antes de 2035 (2041)»: se alcanza en 2041 si la senda continúa. El gasto adicional es el gasto básico por encima de la referencia, sumado desde el año siguiente al año base de cada escenario, en la moneda del Aliado.</translation>
        </message>
        <message>
            <source>The EU measures defence by COFOG division 02 (national accounts); this app has NATO's figures only, so NATO's core share stands in for COFOG 02.</source>
            <translation>La UE mide la defensa por la división 02 de la COFOG (cuentas nacionales); esta aplicación solo tiene las cifras de la OTAN, así que la proporción básica de la OTAN sustituye a la COFOG 02.</translation>
        </message>
        <message>
            <source>Germany: since March 2025 defence and some security spending above 1 % of GDP is exempt from the debt brake, on a broader definition than NATO's (also civil protection, intelligence, IT security and aid to states under attack).</source>
            <translation>Alemania: desde marzo de 2025 el gasto en defensa y parte del gasto en seguridad por encima del 1 % del PIB queda exento del freno de la deuda, con una definición más amplia que la de la OTAN (también protección civil, inteligencia, seguridad informática y ayuda a Estados atacados).</translation>
        </message>
        <message>
            <source>borrowed at {0}</source>
            <translation>financiado con deuda al {0}</translation>
        </message>
        <message>
            <source>paid for by taxes or cuts (nothing borrowed; interest {0})</source>
            <translation>pagado con impuestos o recortes (sin deuda; interés del {0})</translation>
        </message>
        <message>
            <source>{0} borrowed at {1} and the rest paid for by taxes or cuts</source>
            <translation>{0} financiado con deuda al {1} y el resto con impuestos o recortes</translation>
        </message>
        <message>
            <source>{0}, this leaves debt unchanged by {1}</source>
            <translation>{0}, la deuda no cambia en {1}</translation>
        </message>
        <message>
            <source>{0}, this adds {1:.1f} points to debt by {2}</source>
            <translation>{0}, la deuda sube {1:.1f} puntos en {2}</translation>
        </message>
        <message>
            <source>{0}, this lowers debt by {1:.1f} points by {2}</source>
            <translation>{0}, la deuda baja {1:.1f} puntos en {2}</translation>
        </message>
        <message>
            <source>By {0} general government gross debt is {1:.1f} % of GDP, against {2:.1f} % without the extra spending ({3:+.1f} points); the extra debt is {4} and the extra deficit {5:.2f} % of GDP that year, with interest at {6} a year on the extra debt.</source>
            <translation>En {0} la deuda bruta de las administraciones públicas es del {1:.1f} % del PIB, frente al {2:.1f} % sin el gasto adicional ({3:+.1f} puntos); la deuda adicional es de {4} y el déficit adicional del {5:.2f} % del PIB ese año, con un interés del {6} anual sobre la deuda adicional.</translation>
        </message>
        <message>
            <source>Fiscal assumptions: the extra spending is core and related spending above {0}, from {1}; {2} of it is borrowed at an effective interest rate of {3} a year (nominal; an assumption, as the IMF publishes no such rate) and the rest is paid for by taxes or cuts elsewhere. The extra spending does not change GDP. Debt without it: the IMF's gross debt (WEO October 2025) to 2030, then rising by the IMF's 2030 deficit.</source>
            <translation>Supuestos fiscales: el gasto adicional es el gasto básico y relacionado por encima de {0}, desde {1}; el {2} se financia con deuda a un tipo de interés efectivo del {3} anual (nominal; un supuesto, ya que el FMI no publica este tipo) y el resto con impuestos o recortes en otras partidas. El gasto adicional no cambia el PIB. Deuda sin él: la deuda bruta del FMI (WEO de octubre de 2025) hasta 2030 y después creciente con el déficit de 2030 del FMI.</translation>
        </message>
        <message>
            <source>All of the extra spending is borrowed: no tax rise or cut pays for it.</source>
            <translation>Todo el gasto adicional se financia con deuda: ninguna subida de impuestos ni recorte lo paga.</translation>
        </message>
        <message>
            <source>In {0} spending is not above {1}: there is nothing to pay for.</source>
            <translation>En {0} el gasto no supera {1}: no hay nada que pagar.</translation>
        </message>
        <message>
            <source>The part not borrowed in {0}, {1}, takes a tax rise of {2:.2f} % of GDP ({3:.1f} % of general government revenue), or a cut of {4:.1f} % in other government spending.</source>
            <translation>La parte no financiada con deuda en {0}, {1}, requiere una subida de impuestos del {2:.2f} % del PIB ({3:.1f} % de los ingresos de las administraciones públicas) o un recorte del {4:.1f} % de otros gastos públicos.</translation>
        </message>
        <message>
            <source>{0} is not in the EU: its escape clause does not apply.</source>
            <translation>{0} no pertenece a la UE: su cláusula de salvaguardia no se aplica.</translation>
        </message>
        <message>
            <source>The EU national escape clause is switched off here; the Council activated it for {0} on 8 July 2025 (as reported).</source>
            <translation>La cláusula de salvaguardia nacional de la UE está desactivada aquí; el Consejo la activó para {0} el 8 de julio de 2025 (según lo publicado).</translation>
        </message>
        <message>
            <source>The EU national escape clause is not activated for {0}: the Council activated it on 8 July 2025 for 15 states, {0} not among them (as reported). Switch it on to see what it would cover.</source>
            <translation>La cláusula de salvaguardia nacional de la UE no está activada para {0}: el Consejo la activó el 8 de julio de 2025 para 15 Estados, entre los que no está {0} (según lo publicado). Actívela para ver lo que cubriría.</translation>
        </message>
        <message>
            <source>The EU national escape clause covers 2025 to 2028; this scenario ends before 2028 or has no 2021 figure.</source>
            <translation>La cláusula de salvaguardia nacional de la UE cubre de 2025 a 2028; este escenario termina antes de 2028 o no tiene cifra de 2021.</translation>
        </message>
        <message>
            <source>activated by the Council on 8 July 2025, as reported</source>
            <translation>activada por el Consejo el 8 de julio de 2025, según lo publicado</translation>
        </message>
        <message>
            <source>switched on here; the Council has not</source>
            <translation>activada aquí; el Consejo no lo ha hecho</translation>
        </message>
        <message>
            <source>EU national escape clause ({0}): from 2025 to 2028 the rise of the core share above its 2021 level of {1:.2f} % is covered up to 1.5 points of GDP; in 2028 {2:.2f} points are covered and {3:.2f} are not.</source>
            <translation>Cláusula de salvaguardia nacional de la UE ({0}): de 2025 a 2028 el aumento de la proporción básica sobre su nivel de 2021 del {1:.2f} % queda cubierto hasta 1,5 puntos del PIB; en 2028 quedan cubiertos {2:.2f} puntos y {3:.2f} no.</translation>
        </message>
        <message>
            <source>After 2028 nothing is covered (the 2028 cliff): in {0} all {1:.2f} points of the rise are outside the clause.</source>
            <translation>Después de 2028 no se cubre nada (el precipicio de 2028): en {0} los {1:.2f} puntos del aumento quedan fuera de la cláusula.</translation>
        </message>
        <message>
            <source>On this path the core share is {0:.2f} % of GDP in {1}: {2:.2f} points above 1 %.</source>
            <translation>En esta senda la proporción básica es del {0:.2f} % del PIB en {1}: {2:.2f} puntos por encima del 1 %.</translation>
        </message>
        <message>
            <source>NATO share × IMF GDP (derived)</source>
            <translation>proporción OTAN × PIB del FMI (derivado)</translation>
        </message>
        <message>
            <source>user's figure (share of GDP)</source>
            <translation>cifra del usuario (proporción del PIB)</translation>
        </message>
        <message>
            <source>user's figure (amount)</source>
            <translation>cifra del usuario (cantidad)</translation>
        </message>
        <message>
            <source>NATO published spending</source>
            <translation>gasto publicado por la OTAN</translation>
        </message>
        <message>
            <source>the user's own baseline</source>
            <translation>la referencia propia del usuario</translation>
        </message>
        <message>
            <source>Extra vs {0}</source>
            <translation>Adicional frente a {0}</translation>
        </message>
        <message>
            <source>current prices</source>
            <translation>precios corrientes</translation>
        </message>
        <message>
            <source>in {0} prices</source>
            <translation>a precios de {0}</translation>
        </message>
        <message>
            <source>Base-year spending ({0}): {1}, {2} = {3} of GDP</source>
            <translation>Gasto del año base ({0}): {1}, {2} = {3} del PIB</translation>
        </message>
        <message>
            <source>not named</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <source>GDP: own figures {0} (source: {1}); constant nominal growth between them, the economy path's growth after the last</source>
            <translation>PIB: cifras propias {0} (fuente: {1}); crecimiento nominal constante entre ellas y, tras la última, el crecimiento de la senda económica</translation>
        </message>
        <message>
            <source>Real growth and inflation: IMF path</source>
            <translation>Crecimiento real e inflación: senda del FMI</translation>
        </message>
        <message>
            <source>Real growth: IMF path; inflation: constant {0}</source>
            <translation>Crecimiento real: senda del FMI; inflación: constante del {0}</translation>
        </message>
        <message>
            <source>Inflation: IMF path; real growth: constant {0}</source>
            <translation>Inflación: senda del FMI; crecimiento real: constante del {0}</translation>
        </message>
        <message>
            <source>Money: billions of {0}, {1}</source>
            <translation>Dinero: miles de millones de {0}, {1}</translation>
        </message>
        <message>
            <source>; converted from {0} at the fixed rate {1:.5f} {0} per {2}</source>
            <translation>; convertido desde {0} al tipo fijo de {1:.5f} {0} por {2}</translation>
        </message>
        <message>
            <source>; converted from {0} at the exchange rate implied by the IMF (NGDP / NGDPD{3}), {1:.4f} {2} per {0} in {4}, {5}</source>
            <translation>; convertido desde {0} al tipo de cambio implícito del FMI (NGDP / NGDPD{3}), {1:.4f} {2} por {0} en {4}, {5}</translation>
        </message>
        <message>
            <source>; EUR via Germany's implied rate</source>
            <translation>; EUR mediante el tipo implícito de Alemania</translation>
        </message>
        <message>
            <source>the base year's rate for every year</source>
            <translation>el tipo del año base para todos los años</translation>
        </message>
        <message>
            <source>each year's rate, held at its 2030 value after 2030</source>
            <translation>el tipo de cada año, mantenido en su valor de 2030 después de 2030</translation>
        </message>
        <message>
            <source>Claim check: {0:,.2f} bn {9} being {1:g} % of GDP in {2} implies GDP of {3:,.2f} bn {9}, nominal growth of {4:.2f} % a year from {8}; the IMF path has {5:,.2f} bn {9} ({6:.2f} % a year), so the claim's GDP is {7:+.1f} % against the IMF's</source>
            <translation>Comprobación de la afirmación: {0:,.2f} mm {9} como {1:g} % del PIB en {2} implican un PIB de {3:,.2f} mm {9}, un crecimiento nominal del {4:.2f} % anual desde {8}; la senda del FMI tiene {5:,.2f} mm {9} ({6:.2f} % anual), así que el PIB de la afirmación difiere un {7:+.1f} % del del FMI</translation>
        </message>
        <message>
            <source>Base-year core spending</source>
            <translation>Gasto básico del año base</translation>
        </message>
        <message>
            <source>Base-year core spending ({0})</source>
            <translation>Gasto básico del año base ({0})</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>incluido</translation>
        </message>
        <message>
            <source>Equipment: {0:.1f}% of defence spending in {1} ({2} NATO's {3:g}% guideline); {3:g}% of the projected budget is {4} in the base year and {5} at the horizon. Source: {6}.</source>
            <translation>Equipamiento: {0:.1f}% del gasto en defensa en {1} ({2} la pauta del {3:g}% de la OTAN); el {3:g}% del presupuesto proyectado son {4} en el año base y {5} en el horizonte. Fuente: {6}.</translation>
        </message>
        <message>
            <source>What changed between editions</source>
            <translation>Qué ha cambiado entre ediciones</translation>
        </message>
        <message>
            <source>{0}: the same scenario on two datasets. A (the figures of this report): {1}. B: {2}.</source>
            <translation>{0}: el mismo escenario con dos conjuntos de datos. A (las cifras de este informe): {1}. B: {2}.</translation>
        </message>
        <message>
            <source>NATO revises past years in every edition and adds a new estimate, so the base share, the base-year money and with them the crossing years can move although no assumption changed.</source>
            <translation>La OTAN revisa los años anteriores en cada edición y añade una nueva estimación, de modo que la proporción del año base, su importe y con ellos los años en que se alcanzan los umbrales pueden variar aunque no cambie ningún supuesto.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
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
            <translation>Pauta de la OTAN para equipamiento (20%)</translation>
        </message>
        <message>
            <source>Equipment, % of defence spending</source>
            <translation>Equipamiento, % del gasto en defensa</translation>
        </message>
        <message>
            <source>Personnel, % of defence spending</source>
            <translation>Personal, % del gasto en defensa</translation>
        </message>
        <message>
            <source>Core spending ({0})</source>
            <translation>Gasto básico ({0})</translation>
        </message>
        <message>
            <source>20% of it for equipment ({0})</source>
            <translation>20% para equipamiento ({0})</translation>
        </message>
        <message>
            <source>Shares as NATO published them in edition {0} (e: estimate); the money is 20% of this scenario's projected core spending, which the guideline asks to go to major equipment and its research and development.</source>
            <translation>Proporciones tal como las publicó la OTAN en la edición {0} (e: estimación); el importe es el 20% del gasto básico proyectado de este escenario, que la pauta pide destinar a equipamiento principal y a su investigación y desarrollo.</translation>
        </message>
        <message>
            <source>% of defence spending</source>
            <translation>% del gasto en defensa</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Equipamiento</translation>
        </message>
        <message>
            <source>Personnel</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>NATO guideline: 20% on equipment</source>
            <translation>Pauta de la OTAN: 20% para equipamiento</translation>
        </message>
        <message>
            <source>{0}: {1}. Source: {2}.</source>
            <translation>{0}: {1}. Fuente: {2}.</translation>
        </message>
        <message>
            <source>Chart: {0}, {1}, equipment and personnel as % of defence spending, as published in {2} (Table 8a; hollow: estimate).</source>
            <translation>Gráfico: {0}, {1}, equipamiento y personal en % del gasto en defensa, según {2} (cuadro 8a; hueco: estimación).</translation>
        </message>
        <message>
            <source>core spending would fall below zero; it is held at zero from then on</source>
            <translation>el gasto básico caería por debajo de cero; se mantiene en cero a partir de entonces</translation>
        </message>
        <message>
            <source>NATO's {0} edition has no {1} figure for {2}, so the base year is {3}</source>
            <translation>La edición {0} de la OTAN no tiene cifra de {1} para {2}, así que el año base es {3}</translation>
        </message>
        <message>
            <source>Iceland has no armed forces; NATO publishes no defence expenditure figure for it.</source>
            <translation>Islandia no tiene fuerzas armadas; la OTAN no publica ninguna cifra de gasto en defensa para ella.</translation>
        </message>
        <message>
            <source>Values are copied as published; nothing is rounded, interpolated or estimated.</source>
            <translation>Los valores se copian tal como se publicaron; nada se redondea, interpola ni estima.</translation>
        </message>
        <message>
            <source>NATO year Y is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the UK).</source>
            <translation>El año OTAN A es el ejercicio fiscal que abarca la mayoría de sus meses (2025 = ejercicio 2025/26 para Canadá y el Reino Unido).</translation>
        </message>
        <message>
            <source>NATO publishes no per-ally figure for defence- and security-related spending (the 1.5% category).</source>
            <translation>La OTAN no publica ninguna cifra por Aliado del gasto relacionado con la defensa y la seguridad (la categoría del 1,5 %).</translation>
        </message>
        <message>
            <source>derived: NATO share × IMF GDP</source>
            <translation>derivado: proporción OTAN × PIB del FMI</translation>
        </message>
        <message>
            <source>user's figure: share of GDP × IMF GDP</source>
            <translation>cifra del usuario: proporción del PIB × PIB del FMI</translation>
        </message>
        <message>
            <source>user's figure: amount</source>
            <translation>cifra del usuario: importe</translation>
        </message>
        <message>
            <source>{0:g}% {1}</source>
            <translation>{0:g} % {1}</translation>
        </message>
        <message>
            <source>The glide target {0} is below the current share {1}: never below the current share, so the share is held at {1} (allow cuts to glide down)</source>
            <translation>El objetivo de la senda ({0}) está por debajo de la proporción actual ({1}): nunca por debajo de la actual, así que se mantiene en el {1} (permita recortes para bajar)</translation>
        </message>
        <message>
            <source>NATO Europe and Canada</source>
            <translation>OTAN Europa y Canadá</translation>
        </message>
        <message>
            <source>All allies</source>
            <translation>Todos los Aliados</translation>
        </message>
        <message>
            <source>Totals in billions of {0}, {1}, each ally converted at its exchange rate implied by the IMF (NGDP / NGDPD). Money needed: in the target year alone (that year's gap), and over {2}–{3} (each year's shortfall below a straight line from the base year to the threshold, summed)</source>
            <translation>Totales en miles de millones de {0}, {1}, cada Aliado convertido a su tipo de cambio implícito del FMI (NGDP / NGDPD). Dinero necesario: solo en el año objetivo (la brecha de ese año) y en {2}–{3} (el déficit de cada año bajo una línea recta del año base al umbral, sumado)</translation>
        </message>
        <message>
            <source>{0}: core spending {1} in the base year, {2} in {3}</source>
            <translation>{0}: gasto en defensa básica de {1} en el año base, {2} en {3}</translation>
        </message>
        <message>
            <source>{0}, {1} {2} by {3}</source>
            <translation>{0}, {1} {2} para {3}</translation>
        </message>
        <message>
            <source>nothing more: met on this path</source>
            <translation>nada más: se alcanza en esta senda</translation>
        </message>
        <message>
            <source>{0} more in {1} alone; {2} over {3}–{4}</source>
            <translation>{0} más solo en {1}; {2} en {3}–{4}</translation>
        </message>
        <message>
            <source>credible: the core share stays at or above 3.5 % through 2035</source>
            <translation>creíble: la proporción básica se mantiene en el 3,5 % o por encima hasta 2035</translation>
        </message>
        <message>
            <source>How sure is that year?</source>
            <translation>¿Qué seguridad hay sobre ese año?</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Ficha del modelo</translation>
        </message>
        <message>
            <source>Method: AR(1) shocks to real growth and to GDP-deflator inflation around the economy path</source>
            <translation>Método: perturbaciones AR(1) del crecimiento real y de la inflación del deflactor del PIB en torno a la senda económica</translation>
        </message>
        <message>
            <source>Estimated from the IMF's history {0}–{1}</source>
            <translation>Estimado con la serie histórica del FMI {0}–{1}</translation>
        </message>
        <message>
            <source>Estimated from the IMF's history {0}–{1}, without {2}</source>
            <translation>Estimado con la serie histórica del FMI {0}–{1}, sin {2}</translation>
        </message>
        <message>
            <source>Persistence, volatility and correlation set by the user</source>
            <translation>Persistencia, volatilidad y correlación fijadas por el usuario</translation>
        </message>
        <message>
            <source>Real growth: persistence ρ {0:.2f}, volatility σ {1:.2f} pp a year</source>
            <translation>Crecimiento real: persistencia ρ {0:.2f}, volatilidad σ {1:.2f} p. p. al año</translation>
        </message>
        <message>
            <source>Inflation: persistence ρ {0:.2f}, volatility σ {1:.2f} pp a year; correlation {2:+.2f}</source>
            <translation>Inflación: persistencia ρ {0:.2f}, volatilidad σ {1:.2f} p. p. al año; correlación {2:+.2f}</translation>
        </message>
        <message>
            <source>{0:,} draws, seed {1}</source>
            <translation>{0:,} simulaciones, semilla {1}</translation>
        </message>
        <message>
            <source>Execution risk: each year {0} of planned core spending on average not spent (spread {1} pp)</source>
            <translation>Riesgo de ejecución: cada año, de media, no se gasta el {0} del gasto básico previsto (dispersión {1} p. p.)</translation>
        </message>
        <message>
            <source>{0} by {1}: {2}</source>
            <translation>{0} en {1}: {2}</translation>
        </message>
        <message>
            <source>This path is fixed as a share of GDP: the share does not spread, the money does.</source>
            <translation>Esta senda está fijada como proporción del PIB: la proporción no se dispersa, el dinero sí.</translation>
        </message>
        <message>
            <source>This path is fixed in money: the money does not spread, the share of GDP does.</source>
            <translation>Esta senda está fijada en dinero: el dinero no se dispersa, la proporción del PIB sí.</translation>
        </message>
        <message>
            <source>Both the money and the share of GDP spread on this path.</source>
            <translation>En esta senda se dispersan tanto el dinero como la proporción del PIB.</translation>
        </message>
        <message>
            <source>{0}–{1} % band</source>
            <translation>banda {0}–{1} %</translation>
        </message>
        <message>
            <source>{0}th percentile</source>
            <translation>percentil {0}</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>Año objetivo</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probabilidad</translation>
        </message>
        <message>
            <source>Most likely crossing</source>
            <translation>Cruce más probable</translation>
        </message>
        <message>
            <source>Not by the horizon</source>
            <translation>No antes del horizonte</translation>
        </message>
        <message>
            <source>Year first reached: {0}</source>
            <translation>Año en que se alcanza por primera vez: {0}</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Share of draws</source>
            <translation>Proporción de simulaciones</translation>
        </message>
        <message>
            <source>Sensitivity: one assumption moved at a time</source>
            <translation>Sensibilidad: un supuesto modificado cada vez</translation>
        </message>
        <message>
            <source>Real growth</source>
            <translation>Crecimiento real</translation>
        </message>
        <message>
            <source>Inflation</source>
            <translation>Inflación</translation>
        </message>
        <message>
            <source>Core spending growth</source>
            <translation>Crecimiento del gasto básico</translation>
        </message>
        <message>
            <source>{0} {1:+g} pp a year</source>
            <translation>{0} {1:+g} p. p. al año</translation>
        </message>
        <message>
            <source>Central case</source>
            <translation>Caso central</translation>
        </message>
        <message>
            <source>{0} {1}: year · share in {2}</source>
            <translation>{0} {1}: año · proporción en {2}</translation>
        </message>
        <message>
            <source>Real growth and inflation move in every projected year; core spending grows the step faster or slower each year than planned.</source>
            <translation>El crecimiento real y la inflación se mueven en cada año proyectado; el gasto básico crece cada año el paso más rápido o más lento de lo previsto.</translation>
        </message>
        <message>
            <source>The shaded band on the chart holds the middle 80 % of {0} draws (10th to 90th percentile), the lighter one 90 % (5th to 95th).</source>
            <translation>La banda sombreada del gráfico contiene el 80 % central de {0} simulaciones (percentiles 10 a 90), la más clara el 90 % (5 a 95).</translation>
        </message>
        <message>
            <source>The band of the core share and of core money (pN: the Nth percentile of the draws)</source>
            <translation>La banda de la proporción básica y del dinero básico (pN: el percentil N de las simulaciones)</translation>
        </message>
        <message>
            <source>Core % p{0}</source>
            <translation>Básico % p{0}</translation>
        </message>
        <message>
            <source>Core bn {1} p{0}</source>
            <translation>Básico mm {1} p{0}</translation>
        </message>
        <message>
            <source>Core share, 10th–90th percentile of the draws</source>
            <translation>Proporción básica, percentiles 10 a 90 de las simulaciones</translation>
        </message>
        <message>
            <source>{0} by {1}: …</source>
            <translation>{0} en {1}: …</translation>
        </message>
        <message>
            <source>constant base-year prices</source>
            <translation>precios constantes del año base</translation>
        </message>
        <message>
            <source>national currency</source>
            <translation>moneda nacional</translation>
        </message>
        <message>
            <source>US dollars (IMF implied rate)</source>
            <translation>dólares estadounidenses (tipo implícito del FMI)</translation>
        </message>
        <message>
            <source>euros (IMF implied rate)</source>
            <translation>euros (tipo implícito del FMI)</translation>
        </message>
        <message>
            <source>Dataset: {0} (bundled)</source>
            <translation>Conjunto de datos: {0} (incluido)</translation>
        </message>
        <message>
            <source>Dataset: {0} (imported {1})</source>
            <translation>Conjunto de datos: {0} (importado el {1})</translation>
        </message>
        <message>
            <source>NATO {0}</source>
            <translation>OTAN {0}</translation>
        </message>
        <message>
            <source>{0}: release of {1}, cut-off {2}. Data ▸ Datasets… lists and switches datasets.</source>
            <translation>{0}: publicación del {1}, fecha de corte {2}. Datos ▸ Conjuntos de datos… enumera y cambia los conjuntos.</translation>
        </message>
        <message>
            <source>Equipment: dataset {0} has no distribution by category (NATO's Tables 8a/8b), so its share against NATO's 20% guideline is not known; import a NATO workbook that has them.</source>
            <translation>Equipamiento: el conjunto de datos {0} no tiene distribución por categorías (cuadros 8a/8b de la OTAN), así que se desconoce su proporción frente a la pauta del 20% de la OTAN; importe un libro de la OTAN que la tenga.</translation>
        </message>
        <message>
            <source>Dataset {0} has no {1} edition; using its {2} edition.</source>
            <translation>El conjunto de datos {0} no tiene edición {1}; se usa su edición {2}.</translation>
        </message>
        <message>
            <source>Extra spending measured against {0}, summed over {1}–{2}</source>
            <translation>Gasto adicional medido frente a {0}, sumado en {1}–{2}</translation>
        </message>
        <message>
            <source>Base year {0} is not in dataset {1}; using its latest year ({2}).</source>
            <translation>El año base {0} no está en el conjunto de datos {1}; se usa su último año ({2}).</translation>
        </message>
        <message>
            <source>{0} cannot be projected with dataset {1}; showing {2}.</source>
            <translation>{0} no se puede proyectar con el conjunto de datos {1}; se muestra {2}.</translation>
        </message>
        <message>
            <source>Base share, % of GDP</source>
            <translation>Proporción base, % del PIB</translation>
        </message>
        <message>
            <source>Reaches {0}</source>
            <translation>Alcanza {0}</translation>
        </message>
        <message>
            <source>Required growth for {0} by {1}, % a year</source>
            <translation>Crecimiento necesario para {0} en {1}, % anual</translation>
        </message>
        <message>
            <source>met ({0})</source>
            <translation>cumplido ({0})</translation>
        </message>
        <message>
            <source>not by horizon</source>
            <translation>no antes del horizonte</translation>
        </message>
        <message>
            <source>same</source>
            <translation>igual</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>cambiado</translation>
        </message>
        <message>
            <source>{0} · NATO {1} (edition {2})</source>
            <translation>{0} · OTAN {1} (edición {2})</translation>
        </message>
        <message>
            <source>meets</source>
            <translation>cumple</translation>
        </message>
        <message>
            <source>is below</source>
            <translation>está por debajo de</translation>
        </message>
        <message>
            <source>Personnel: {0:.1f}% of defence spending in {1}.</source>
            <translation>Personal: {0:.1f}% del gasto en defensa en {1}.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Por año</translation>
        </message>
        <message>
            <source>Fiscal</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Alliance</source>
            <translation>Alianza</translation>
        </message>
        <message>
            <source>Uncertainty</source>
            <translation>Incertidumbre</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Qué ha cambiado</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Comparación</translation>
        </message>
        <message>
            <source>Share of GDP</source>
            <translation>Proporción del PIB</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Escenarios</translation>
        </message>
        <message>
            <source>Key results per threshold</source>
            <translation>Resultados principales por umbral</translation>
        </message>
        <message>
            <source>Value (% of GDP)</source>
            <translation>Valor (% del PIB)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Year reached</source>
            <translation>Año en que se alcanza</translation>
        </message>
        <message>
            <source>Holds to horizon</source>
            <translation>Se mantiene hasta el horizonte</translation>
        </message>
        <message>
            <source>Share at target (%)</source>
            <translation>Proporción en el año objetivo (%)</translation>
        </message>
        <message>
            <source>Gap at target (pp; + = short)</source>
            <translation>Distancia al objetivo (pp; + = falta)</translation>
        </message>
        <message>
            <source>Needed at target</source>
            <translation>Importe necesario en el año objetivo</translation>
        </message>
        <message>
            <source>Required nominal growth (%/yr)</source>
            <translation>Crecimiento nominal necesario (%/año)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Ally</source>
            <translation>Aliado</translation>
        </message>
        <message>
            <source>Hague check (3.5 % core by 2035, credible incremental path)</source>
            <translation>Comprobación de La Haya (3,5 % básico antes de 2035, senda creíble y gradual)</translation>
        </message>
        <message>
            <source>Core share never falls to 2035</source>
            <translation>La proporción básica no baja nunca hasta 2035</translation>
        </message>
        <message>
            <source>Core share in 2035 (%)</source>
            <translation>Proporción básica en 2035 (%)</translation>
        </message>
        <message>
            <source>Reaches 3.5 % core by 2035</source>
            <translation>Alcanza el 3,5 % básico antes de 2035</translation>
        </message>
        <message>
            <source>Credible, incremental path</source>
            <translation>Senda creíble y gradual</translation>
        </message>
        <message>
            <source>2029 review</source>
            <translation>Revisión de 2029</translation>
        </message>
        <message>
            <source>2029 review: core share (%)</source>
            <translation>Revisión de 2029: proporción básica (%)</translation>
        </message>
        <message>
            <source>2029 review: straight line to 3.5 % in 2035 (%)</source>
            <translation>Revisión de 2029: recta hasta el 3,5 % en 2035 (%)</translation>
        </message>
        <message>
            <source>2029 review: gap to the line (pp)</source>
            <translation>Revisión de 2029: distancia a la recta (pp)</translation>
        </message>
        <message>
            <source>On track at the 2029 review</source>
            <translation>En la senda prevista en la revisión de 2029</translation>
        </message>
        <message>
            <source>vs constant share of GDP</source>
            <translation>frente a una proporción constante del PIB</translation>
        </message>
        <message>
            <source>vs cash freeze</source>
            <translation>frente a una congelación nominal</translation>
        </message>
        <message>
            <source>vs real freeze</source>
            <translation>frente a una congelación real</translation>
        </message>
        <message>
            <source>Real growth %</source>
            <translation>Crecimiento real %</translation>
        </message>
        <message>
            <source>Inflation %</source>
            <translation>Inflación %</translation>
        </message>
        <message>
            <source>Core defence</source>
            <translation>Defensa básica</translation>
        </message>
        <message>
            <source>Core % GDP</source>
            <translation>Básico % PIB</translation>
        </message>
        <message>
            <source>Related</source>
            <translation>Relacionado</translation>
        </message>
        <message>
            <source>Related % GDP</source>
            <translation>Relacionado % PIB</translation>
        </message>
        <message>
            <source>Total % GDP</source>
            <translation>Total % PIB</translation>
        </message>
        <message>
            <source>Core, base-year prices</source>
            <translation>Básico, precios del año base</translation>
        </message>
        <message>
            <source>Extra vs constant share</source>
            <translation>Adicional frente a proporción constante</translation>
        </message>
        <message>
            <source>Extra vs cash freeze</source>
            <translation>Adicional frente a congelación nominal</translation>
        </message>
        <message>
            <source>Extra vs real freeze</source>
            <translation>Adicional frente a congelación real</translation>
        </message>
        <message>
            <source>Core per capita</source>
            <translation>Básico por habitante</translation>
        </message>
        <message>
            <source>Core % of gov. spending</source>
            <translation>Básico % del gasto público</translation>
        </message>
        <message>
            <source>Cumulative extra vs constant share</source>
            <translation>Adicional acumulado frente a proporción constante</translation>
        </message>
        <message>
            <source>Cumulative extra vs cash freeze</source>
            <translation>Adicional acumulado frente a congelación nominal</translation>
        </message>
        <message>
            <source>Cumulative extra vs real freeze</source>
            <translation>Adicional acumulado frente a congelación real</translation>
        </message>
        <message>
            <source>GDP deflator index (base year = 1)</source>
            <translation>Índice del deflactor del PIB (año base = 1)</translation>
        </message>
        <message>
            <source>Extra spending</source>
            <translation>Gasto adicional</translation>
        </message>
        <message>
            <source>Borrowed</source>
            <translation>Con deuda</translation>
        </message>
        <message>
            <source>Interest on extra debt</source>
            <translation>Intereses de la deuda adicional</translation>
        </message>
        <message>
            <source>Extra debt</source>
            <translation>Deuda adicional</translation>
        </message>
        <message>
            <source>Extra deficit % GDP</source>
            <translation>Déficit adicional % PIB</translation>
        </message>
        <message>
            <source>Debt % GDP without (IMF path)</source>
            <translation>Deuda % PIB sin (senda del FMI)</translation>
        </message>
        <message>
            <source>Debt % GDP with</source>
            <translation>Deuda % PIB con</translation>
        </message>
        <message>
            <source>Effect (points of GDP)</source>
            <translation>Efecto (puntos del PIB)</translation>
        </message>
        <message>
            <source>Not borrowed</source>
            <translation>No financiado con deuda</translation>
        </message>
        <message>
            <source>Tax rise % GDP</source>
            <translation>Subida de impuestos % PIB</translation>
        </message>
        <message>
            <source>Government revenue</source>
            <translation>Ingresos públicos</translation>
        </message>
        <message>
            <source>Tax rise % revenue</source>
            <translation>Subida de impuestos % de los ingresos</translation>
        </message>
        <message>
            <source>Other government spending</source>
            <translation>Otro gasto público</translation>
        </message>
        <message>
            <source>Cut % other spending</source>
            <translation>Recorte % del resto del gasto</translation>
        </message>
        <message>
            <source>Core share %</source>
            <translation>Proporción básica %</translation>
        </message>
        <message>
            <source>Rise over 2021</source>
            <translation>Aumento respecto de 2021</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Cubierto</translation>
        </message>
        <message>
            <source>Not covered</source>
            <translation>No cubierto</translation>
        </message>
        <message>
            <source>Sources of the fiscal block</source>
            <translation>Fuentes del bloque presupuestario</translation>
        </message>
        <message>
            <source>Interest rate on the extra debt (% a year, nominal)</source>
            <translation>Tipo de interés de la deuda adicional (% anual, nominal)</translation>
        </message>
        <message>
            <source>Borrowed share of the extra spending (%)</source>
            <translation>Parte del gasto adicional financiada con deuda (%)</translation>
        </message>
        <message>
            <source>EU escape clause applies (1 yes, 0 no)</source>
            <translation>Se aplica la cláusula de salvaguardia de la UE (1 sí, 0 no)</translation>
        </message>
        <message>
            <source>Core share in 2021, % of GDP (stand-in for COFOG 02)</source>
            <translation>Proporción básica en 2021, % del PIB (en lugar de la COFOG 02)</translation>
        </message>
        <message>
            <source>Differs from the default</source>
            <translation>Difiere del valor predeterminado</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Parámetro</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Predeterminado</translation>
        </message>
        <message>
            <source>Differs</source>
            <translation>Difiere</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>Fuentes de los datos</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Conjunto de datos</translation>
        </message>
        <message>
            <source>Dataset title</source>
            <translation>Título del conjunto de datos</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>Versión de la aplicación</translation>
        </message>
        <message>
            <source>Source id</source>
            <translation>Identificador de la fuente</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Editor</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Edición</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Publicado el</translation>
        </message>
        <message>
            <source>Cut-off</source>
            <translation>Fecha de corte</translation>
        </message>
        <message>
            <source>Estimates</source>
            <translation>Estimaciones</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Files and SHA-256 checksums</source>
            <translation>Archivos y sumas de control SHA-256</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Básico</translation>
        </message>
        <message>
            <source>Core %</source>
            <translation>Básico %</translation>
        </message>
        <message>
            <source>Related %</source>
            <translation>Relacionado %</translation>
        </message>
        <message>
            <source>Total %</source>
            <translation>Total %</translation>
        </message>
        <message>
            <source>Extra vs const. share</source>
            <translation>Adicional / proporción constante</translation>
        </message>
        <message>
            <source>Core % gov. spending</source>
            <translation>Básico % gasto público</translation>
        </message>
        <message>
            <source>Debt % GDP without</source>
            <translation>Deuda % PIB sin</translation>
        </message>
        <message>
            <source>Effect (points)</source>
            <translation>Efecto (puntos)</translation>
        </message>
        <message>
            <source>Escape clause: covered</source>
            <translation>Cláusula de salvaguardia: cubierto</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>no cubierto</translation>
        </message>
        <message>
            <source>Budget impact: deficit and debt</source>
            <translation>Impacto presupuestario: déficit y deuda</translation>
        </message>
        <message>
            <source>Sources of the fiscal block:</source>
            <translation>Fuentes del bloque presupuestario:</translation>
        </message>
        <message>
            <source>Growth adjustment</source>
            <translation>Ajuste del crecimiento</translation>
        </message>
        <message>
            <source>Inflation adjustment</source>
            <translation>Ajuste de la inflación</translation>
        </message>
        <message>
            <source>Related spending</source>
            <translation>Gasto relacionado</translation>
        </message>
        <message>
            <source>latest</source>
            <translation>último</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notas:</translation>
        </message>
        <message>
            <source>Base %</source>
            <translation>Proporción base %</translation>
        </message>
        <message>
            <source>Your own numbers:</source>
            <translation>Sus propias cifras:</translation>
        </message>
        <message>
            <source>unnamed scenario</source>
            <translation>escenario sin nombre</translation>
        </message>
        <message>
            <source>Assumptions (the same for every ally)</source>
            <translation>Supuestos (los mismos para todos los aliados)</translation>
        </message>
        <message>
            <source>ISO3</source>
            <translation>Código ISO3</translation>
        </message>
        <message>
            <source>Base share (% of GDP)</source>
            <translation>Proporción del año base (% del PIB)</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>national currency as the IMF states it; never converted</source>
            <translation>moneda nacional tal como la indica el FMI; nunca convertida</translation>
        </message>
        <message>
            <source>derived = NATO share × IMF GDP</source>
            <translation>derivado = proporción OTAN × PIB del FMI</translation>
        </message>
        <message>
            <source>negative means behind the line</source>
            <translation>negativo: por detrás de la recta</translation>
        </message>
        <message>
            <source>no thresholds enabled</source>
            <translation>ningún umbral activado</translation>
        </message>
        <message>
            <source>change these: the formulas below follow</source>
            <translation>cambie estos valores: las fórmulas de abajo se actualizan</translation>
        </message>
        <message>
            <source>Probability and not by the horizon: % of the draws</source>
            <translation>Probabilidad y «no antes del horizonte»: % de las simulaciones</translation>
        </message>
        <message>
            <source>% of the draws</source>
            <translation>% de las simulaciones</translation>
        </message>
        <message>
            <source>Core share of GDP over the draws (%)</source>
            <translation>Proporción básica del PIB en las simulaciones (%)</translation>
        </message>
        <message>
            <source>Total (core + counted related)</source>
            <translation>Total (básico + relacionado computado)</translation>
        </message>
        <message>
            <source>Core defence spending, % of GDP</source>
            <translation>Gasto básico en defensa, % del PIB</translation>
        </message>
        <message>
            <source>Assumptions and result</source>
            <translation>Supuestos y resultado</translation>
        </message>
        <message>
            <source>The scenarios</source>
            <translation>Los escenarios</translation>
        </message>
        <message>
            <source>Compared with the default scenario: IMF baseline economy (IMF WEO October 2025 growth and deflator, held after 2030), core spending at a constant share of GDP, no related spending, default thresholds.</source>
            <translation>En comparación con el escenario por defecto: economía de referencia del FMI (crecimiento y deflactor de las PEM del FMI de octubre de 2025, mantenidos después de 2030), gasto básico con proporción constante del PIB, sin gasto relacionado, umbrales por defecto.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>unlabelled</source>
            <translation>sin etiqueta</translation>
        </message>
        <message>
            <source>latest NATO year</source>
            <translation>último año OTAN</translation>
        </message>
        <message>
            <source>Money is derived by the calculator: defence spending = NATO share of GDP × IMF GDP (billions of national currency, current prices). NATO's own published money figures are not used for the projection.</source>
            <translation>Los importes los calcula la herramienta: gasto en defensa = proporción del PIB según la OTAN × PIB del FMI (miles de millones de moneda nacional, precios corrientes). Las cifras monetarias publicadas por la OTAN no se usan en la proyección.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Share % GDP</source>
            <translation>Proporción % PIB</translation>
        </message>
        <message>
            <source>ally</source>
            <translation>Aliado</translation>
        </message>
        <message>
            <source>aggregate</source>
            <translation>agregado</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Iceland has no armed forces: NATO publishes no figure.</source>
            <translation>Islandia no tiene fuerzas armadas: la OTAN no publica ninguna cifra.</translation>
        </message>
        <message>
            <source>Editions</source>
            <translation>Ediciones</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importado</translation>
        </message>
        <message>
            <source>* the active dataset (`data use ID`)</source>
            <translation>* el conjunto de datos activo (`data use ID`)</translation>
        </message>
        <message>
            <source>Defence Budget What-If Calculator: {0}</source>
            <translation>Calculadora de escenarios del presupuesto de defensa: {0}</translation>
        </message>
        <message>
            <source>Budget impact: {0}</source>
            <translation>Impacto presupuestario: {0}</translation>
        </message>
        <message>
            <source>NATO allies: the year each threshold is reached (horizon {0})</source>
            <translation>Aliados de la OTAN: el año en que se alcanza cada umbral (horizonte {0})</translation>
        </message>
        <message>
            <source>Base year {0}: core share (% of GDP)</source>
            <translation>Año base {0}: proporción básica (% del PIB)</translation>
        </message>
        <message>
            <source>Base year {0}: GDP ({1})</source>
            <translation>Año base {0}: PIB ({1})</translation>
        </message>
        <message>
            <source>Base year {0}: core defence ({1})</source>
            <translation>Año base {0}: defensa básica ({1})</translation>
        </message>
        <message>
            <source>Extra core spending, cumulative {0} ({1})</source>
            <translation>Gasto básico adicional, acumulado {0} ({1})</translation>
        </message>
        <message>
            <source>Line: {0}</source>
            <translation>Línea: {0}</translation>
        </message>
        <message>
            <source>Assumptions: {0}, {1}</source>
            <translation>Supuestos: {0}, {1}</translation>
        </message>
        <message>
            <source>{0}: defence spending scenario</source>
            <translation>{0}: escenario de gasto en defensa</translation>
        </message>
        <message>
            <source>{0} ({1}) · money in {2} of {3}, current prices · prepared {4}</source>
            <translation>{0} ({1}) · importes en {2} de {3}, precios corrientes · elaborado el {4}</translation>
        </message>
        <message>
            <source>Base year {0} ({1}): NATO puts {2} at {3:.2f} % of GDP, which is {4} on IMF GDP (derived). Core spending path: {5}.</source>
            <translation>Año base {0} ({1}): la OTAN sitúa el gasto en defensa de {2} en el {3:.2f} % del PIB, es decir, {4} con el PIB del FMI (derivado). Senda del gasto básico: {5}.</translation>
        </message>
        <message>
            <source>{0} ({1}) · money in {2} of {3}, {4} · prepared {5}</source>
            <translation>{0} ({1}) · importes en {2} de {3}, {4} · elaborado el {5}</translation>
        </message>
        <message>
            <source>{0}. Core spending path: {1}.</source>
            <translation>{0}. Senda del gasto básico: {1}.</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>real</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>estimación</translation>
        </message>
        <message>
            <source>projection</source>
            <translation>proyección</translation>
        </message>
        <message>
            <source>{0} · Defence Budget What-If Calculator {1} · dataset {2}</source>
            <translation>{0} · Calculadora de escenarios del presupuesto de defensa {1} · conjunto de datos {2}</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Página {0} de {1}</translation>
        </message>
        <message>
            <source>The alliance: thresholds by ally</source>
            <translation>La Alianza: los umbrales por aliado</translation>
        </message>
        <message>
            <source>The alliance: when does each ally reach each threshold?</source>
            <translation>La Alianza: ¿cuándo alcanza cada aliado cada umbral?</translation>
        </message>
        <message>
            <source>Prepared {0} · dataset {1}</source>
            <translation>Elaborado el {0} · conjunto de datos {1}</translation>
        </message>
        <message>
            <source>Every ally under the same assumptions: core spending {0}.</source>
            <translation>Todos los aliados con los mismos supuestos: gasto básico {0}.</translation>
        </message>
        <message>
            <source>Iceland has no armed forces and no NATO figure, so it is not listed.</source>
            <translation>Islandia no tiene fuerzas armadas ni cifra de la OTAN, por lo que no figura en la lista.</translation>
        </message>
        <message>
            <source>Core % {0}</source>
            <translation>Básico % {0}</translation>
        </message>
        <message>
            <source>{0}, core defence spending as % of GDP. Sources: NATO, {1}, {2} (cut-off {3}); IMF World Economic Outlook, October 2025. Projection from {4}: Defence Budget What-If Calculator {5}.</source>
            <translation>{0}, gasto básico en defensa en % del PIB. Fuentes: OTAN, {1}, {2} (fecha de corte {3}); FMI, Perspectivas de la economía mundial, octubre de 2025. Proyección desde {4}: Calculadora de escenarios del presupuesto de defensa {5}.</translation>
        </message>
        <message>
            <source>{0} ({1}), base year {2} ({3}): {4:.2f}% of GDP = {5:,.2f} {6} {7} ({8})</source>
            <translation>{0} ({1}), año base {2} ({3}): {4:.2f} % del PIB = {5:,.2f} {6} {7} ({8})</translation>
        </message>
        <message>
            <source>Economy: {0}. Core spending: {1}.</source>
            <translation>Economía: {0}. Gasto básico: {1}.</translation>
        </message>
        <message>
            <source>Note: {0}</source>
            <translation>Nota: {0}</translation>
        </message>
        <message>
            <source>Sources: {0}</source>
            <translation>Fuentes: {0}</translation>
        </message>
        <message>
            <source>{0}, {1}, {2} (cut-off {3})</source>
            <translation>{0}, {1}, {2} (fecha de corte {3})</translation>
        </message>
        <message>
            <source>Dataset {0}.</source>
            <translation>Conjunto de datos {0}.</translation>
        </message>
        <message>
            <source>cut-off {0}</source>
            <translation>fecha de corte {0}</translation>
        </message>
        <message>
            <source>Dataset {0}; every data file is checked against its SHA-256 at start-up.</source>
            <translation>Conjunto de datos {0}; cada archivo de datos se comprueba con su suma SHA-256 al iniciar.</translation>
        </message>
        <message>
            <source>Core defence spending as a share of GDP, {0}–{1}. Money in {2} of {3}, current prices.</source>
            <translation>Gasto básico en defensa como proporción del PIB, {0}–{1}. Importes en {2} de {3}, precios corrientes.</translation>
        </message>
        <message>
            <source>NATO {0}, {1}, {2} edition</source>
            <translation>OTAN, {0}, {1}, edición de {2}</translation>
        </message>
        <message>
            <source>share held at {0:.2f} %</source>
            <translation>proporción mantenida en el {0:.2f} %</translation>
        </message>
        <message>
            <source>{0} amount every year</source>
            <translation>importe de {0} cada año</translation>
        </message>
        <message>
            <source>{0} amount indexed to the GDP deflator</source>
            <translation>importe de {0} indexado al deflactor del PIB</translation>
        </message>
        <message>
            <source>from {0:.2f} % in {1}</source>
            <translation>desde el {0:.2f} % en {1}</translation>
        </message>
        <message>
            <source>{0}: defence spending, % of GDP</source>
            <translation>{0}: gasto en defensa, % del PIB</translation>
        </message>
        <message>
            <source>Money in {0} of {1}, current prices, except base-year prices where stated; projected spending is derived (share × GDP), not published by NATO. Base year {2}: NATO share ({3}) × {4}. Real growth and inflation are blank in the base year. Shares, base-year prices, extra and cumulative spending are formulas over GDP, spending and inflation: change a year's spending and they follow, with the chart. Columns after the gap hold the threshold lines drawn on the chart.</source>
            <translation>Importes en {0} de {1}, precios corrientes, salvo precios del año base donde se indica; el gasto proyectado es derivado (proporción × PIB), no publicado por la OTAN. Año base {2}: proporción OTAN ({3}) × {4}. El crecimiento real y la inflación están vacíos en el año base. Las proporciones, los precios del año base, el gasto adicional y el acumulado son fórmulas sobre el PIB, el gasto y la inflación: cambie el gasto de un año y se actualizan, con el gráfico. Las columnas tras el hueco contienen las líneas de umbral del gráfico.</translation>
        </message>
        <message>
            <source>Money in {0} of {1}, current prices. Extra spending (core and related spending above the fiscal baseline) and the IMF's figures are inputs; borrowing, interest, extra debt, the deficit and the ratios are formulas over them and over the interest rate and borrowed share at the top. Revenue and other spending after 2030 hold their 2030 ratios to GDP.</source>
            <translation>Importes en {0} de {1}, precios corrientes. El gasto adicional (gasto básico y relacionado por encima de la referencia fiscal) y las cifras del FMI son datos de entrada; el endeudamiento, los intereses, la deuda adicional, el déficit y las ratios son fórmulas sobre ellos y sobre el tipo de interés y la parte financiada con deuda de arriba. Después de 2030, los ingresos y el resto del gasto mantienen su ratio sobre el PIB de 2030.</translation>
        </message>
        <message>
            <source>Estimates are flagged: NATO figures for these years are estimates ({0}); IMF figures after each ally's last actual year are projections.</source>
            <translation>Las estimaciones se señalan: las cifras de la OTAN para estos años son estimaciones ({0}); las cifras del FMI posteriores al último año observado de cada Aliado son proyecciones.</translation>
        </message>
        <message>
            <source>{0} edition: {1}</source>
            <translation>edición de {0}: {1}</translation>
        </message>
        <message>
            <source>{0}: {1} by {2}</source>
            <translation>{0}: {1} para {2}</translation>
        </message>
        <message>
            <source>{0} (off)</source>
            <translation>{0} (desactivado)</translation>
        </message>
        <message>
            <source>latest NATO year ({0})</source>
            <translation>último año OTAN ({0})</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>Total % p{0}</source>
            <translation>Total % p{0}</translation>
        </message>
        <message>
            <source>{0}: year reached</source>
            <translation>{0}: año en que se alcanza</translation>
        </message>
        <message>
            <source>{0}: % of GDP in {1}</source>
            <translation>{0}: % del PIB en {1}</translation>
        </message>
        <message>
            <source>{0} · dataset {1}</source>
            <translation>{0} · conjunto de datos {1}</translation>
        </message>
        <message>
            <source>NATO {0} edition; {1}</source>
            <translation>OTAN, edición {0}; {1}</translation>
        </message>
        <message>
            <source>Every ally: {0}; core spending {1}. {2}</source>
            <translation>Todos los Aliados: {0}; gasto básico: {1}. {2}</translation>
        </message>
        <message>
            <source>Economy preset</source>
            <translation>Opción económica</translation>
        </message>
        <message>
            <source>Growth adj.</source>
            <translation>Ajuste crec.</translation>
        </message>
        <message>
            <source>Inflation adj.</source>
            <translation>Ajuste infl.</translation>
        </message>
        <message>
            <source>Per-year overrides</source>
            <translation>Valores anuales fijados</translation>
        </message>
        <message>
            <source>Growth</source>
            <translation>Crecimiento</translation>
        </message>
        <message>
            <source>Glide path target</source>
            <translation>Objetivo de la senda</translation>
        </message>
        <message>
            <source>Glide path year</source>
            <translation>Año de la senda</translation>
        </message>
        <message>
            <source>Amount each year</source>
            <translation>Cantidad anual</translation>
        </message>
        <message>
            <source>Custom points</source>
            <translation>Puntos propios</translation>
        </message>
        <message>
            <source>Related share</source>
            <translation>Proporción relacionada</translation>
        </message>
        <message>
            <source>Related target</source>
            <translation>Objetivo relacionado</translation>
        </message>
        <message>
            <source>Related by year</source>
            <translation>Relacionado por año</translation>
        </message>
        <message>
            <source>Starting point</source>
            <translation>Punto de partida</translation>
        </message>
        <message>
            <source>My share</source>
            <translation>Mi proporción</translation>
        </message>
        <message>
            <source>My amount</source>
            <translation>Mi cantidad</translation>
        </message>
        <message>
            <source>GDP path</source>
            <translation>Senda del PIB</translation>
        </message>
        <message>
            <source>GDP source</source>
            <translation>Fuente del PIB</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Precios</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Baseline file</source>
            <translation>Archivo de referencia</translation>
        </message>
        <message>
            <source>Sum from</source>
            <translation>Sumar desde</translation>
        </message>
        <message>
            <source>Sum to</source>
            <translation>Sumar hasta</translation>
        </message>
        <message>
            <source>Real growth from</source>
            <translation>Crecimiento real según</translation>
        </message>
        <message>
            <source>Inflation from</source>
            <translation>Inflación según</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Afirmación</translation>
        </message>
        <message>
            <source>Claim amount</source>
            <translation>Importe de la afirmación</translation>
        </message>
        <message>
            <source>Claim share</source>
            <translation>Proporción de la afirmación</translation>
        </message>
        <message>
            <source>Claim year</source>
            <translation>Año de la afirmación</translation>
        </message>
        <message>
            <source>year</source>
            <translation>año</translation>
        </message>
        <message>
            <source>real growth</source>
            <translation>crecimiento real</translation>
        </message>
        <message>
            <source>inflation</source>
            <translation>inflación</translation>
        </message>
        <message>
            <source>share</source>
            <translation>proporción</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>cantidad</translation>
        </message>
        <message>
            <source>% of GDP</source>
            <translation>% del PIB</translation>
        </message>
        <message>
            <source>measure</source>
            <translation>medida</translation>
        </message>
        <message>
            <source>target year</source>
            <translation>año objetivo</translation>
        </message>
        <message>
            <source>label</source>
            <translation>etiqueta</translation>
        </message>
        <message>
            <source>GDP</source>
            <translation>PIB</translation>
        </message>
        <message>
            <source>row {0}</source>
            <translation>fila {0}</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <source>{0}, base year {1}, horizon {2}. Economy: {3}. Core spending: {4}. Related spending: {5}. {6}</source>
            <translation>{0}, año base {1}, horizonte {2}. Economía: {3}. Gasto básico: {4}. Gasto relacionado: {5}. {6}</translation>
        </message>
        <message>
            <source>EU national escape clause: up to 1.5 % of GDP of additional defence expenditure a year, up to 2028</source>
            <translation>Cláusula nacional de salvaguardia de la UE: hasta el 1,5 % del PIB de gasto adicional en defensa al año, hasta 2028</translation>
        </message>
        <message>
            <source>the increase is measured against the 2021 level of defence expenditure</source>
            <translation>el aumento se mide frente al nivel de gasto en defensa de 2021</translation>
        </message>
        <message>
            <source>the EU measures defence by COFOG division 02, not NATO's definition</source>
            <translation>la UE mide la defensa según la división 02 de la COFOG, no según la definición de la OTAN</translation>
        </message>
        <message>
            <source>activated by the Council on 8 July 2025 for 15 states</source>
            <translation>activada por el Consejo el 8 de julio de 2025 para 15 Estados</translation>
        </message>
        <message>
            <source>Germany: defence and some security spending above 1 % of GDP is exempt from the debt brake (constitutional change of March 2025)</source>
            <translation>Alemania: el gasto en defensa y parte del gasto en seguridad por encima del 1 % del PIB queda exento del freno de la deuda (reforma constitucional de marzo de 2025)</translation>
        </message>
        <message>
            <source>the exempt definition is broader than NATO's</source>
            <translation>la definición exenta es más amplia que la de la OTAN</translation>
        </message>
        <message>
            <source>baseline gross debt, net lending/borrowing, revenue and expenditure of general government</source>
            <translation>deuda bruta de referencia, capacidad/necesidad de financiación, ingresos y gastos de las administraciones públicas</translation>
        </message>
        <message>
            <source> (as reported by {0})</source>
            <translation> (según {0})</translation>
        </message>
    </context>
</TS>
