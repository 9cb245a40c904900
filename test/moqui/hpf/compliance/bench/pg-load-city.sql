-- The remittances of the ScreeningVolumeBenchmark city on PostgreSQL, by COPY (the benchmark's own JDBC loader runs at a
-- few thousand rows/s there): psql -d DB -v dir=/path/to/bench-data -f pg-load-city.sql, after the benchmark loaded the
-- units (it reuses the city when the 200,000 HPFS units are there). Not the component's import, a benchmark loader.
DELETE FROM unit_remittance WHERE unit_id LIKE 'HPFS%';
CREATE UNLOGGED TABLE bench_rem_stage (acc text, ym text, typ text, due numeric, paid numeric, paid_date text);
\set file :dir '/R.csv'
COPY bench_rem_stage FROM :'file' WITH (FORMAT csv, HEADER true);
INSERT INTO unit_remittance (unit_id, remit_month, remit_type_enum_id, due_amount, paid_amount, paid_date, last_updated_stamp)
SELECT 'HPFS' || acc, substr(ym, 1, 4) || '-' || substr(ym, 5, 2), CASE typ WHEN '02' THEN 'HpfRtBackPay' ELSE 'HpfRtRegular' END,
       due, paid, NULLIF(paid_date, '')::date, now() FROM bench_rem_stage;
DROP TABLE bench_rem_stage;
ANALYZE unit_remittance;
ANALYZE employer_unit;
