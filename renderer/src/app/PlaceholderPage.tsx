import { Card, Typography } from 'antd';

interface PlaceholderPageProps {
  title: string;
  /** What this screen will let the officer do. */
  purpose: string;
  coming: string[];
}

/** A screen whose feature has not landed yet: says what it will do. */
export function PlaceholderPage({ title, purpose, coming }: PlaceholderPageProps) {
  return (
    <section className="desk-page" aria-labelledby="page-title">
      <Typography.Title level={2} id="page-title" className="desk-page-title">
        {title}
      </Typography.Title>
      <Card className="desk-placeholder" data-testid="placeholder-page">
        <Typography.Paragraph className="desk-placeholder-purpose">{purpose}</Typography.Paragraph>
        <Typography.Text type="secondary">Chức năng đang được xây dựng. Màn hình này sẽ có:</Typography.Text>
        <ul className="desk-placeholder-list">
          {coming.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </Card>
    </section>
  );
}
