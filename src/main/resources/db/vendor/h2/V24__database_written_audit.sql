-- Issue 22: on the embedded database the app is the only writer and writes every audit row itself.
SELECT 1;
