-- spring.sql.init's data script for the deferred-initialization test: the customer table is Retort's
INSERT INTO customer (name, email_address) VALUES ('Seeded', 'seeded@example.com');
